using System;
using Peering.Rules.Identity;
using Peering.Rules.Model;
using Peering.Templates.Expressions;

namespace Peering.Templates.Arm
{
    /// <summary>
    /// Peerings in all three forms: top-level resources named <c>vnet/peering</c>, child resources of a VNet, and
    /// inline in the VNet's <c>properties.virtualNetworkPeerings</c>.
    /// </summary>
    internal sealed class PeeringReader
    {
        /// <summary>Properties Azure computes; a template that sets them is told they have no effect (PEER406).</summary>
        private static readonly string[] ServiceManagedProperties =
        {
            "peeringState", "peeringSyncLevel", "remoteAddressSpace", "remoteVirtualNetworkAddressSpace", "localAddressSpace", "localVirtualNetworkAddressSpace",
        };

        private readonly Topology topology;
        private readonly NetworkRegistry registry;
        private readonly NetworkReader networks;

        public PeeringReader(Topology topology, NetworkRegistry registry, NetworkReader networks)
        {
            this.topology = topology;
            this.registry = registry;
            this.networks = networks;
        }

        /// <summary>A <c>virtualNetworks/virtualNetworkPeerings</c> resource, top-level or nested in its VNet.</summary>
        public void ReadResource(ExpandedResource resource)
        {
            var segments = resource.NameSegments;
            var nameSource = resource.Body.LocationOf("name");
            var peering = new VirtualNetworkPeering(resource.Declaration)
            {
                IsConditional = resource.IsConditional,
                Parent = networks.ParentOf(resource),
                Name = segments == null ? Fact<string>.UnknownBecause(resource.NameUnknownCause)
                    : Fact<string>.Known(segments.Length == 2 ? segments[1] : resource.Name!, nameSource),
                Deployment = resource.Step,
            };
            ReadSettings(peering, resource.Properties, resource.Declaration, resource.Target);
            topology.Peerings.Add(peering);
        }

        /// <summary>The peerings written in a VNet's <c>properties.virtualNetworkPeerings</c>.</summary>
        public void ReadInline(ExpandedResource resource, VirtualNetwork network)
        {
            var list = resource.Properties?.Property("virtualNetworkPeerings");
            var items = list?.Items();
            if (list != null && items == null)
            {
                // Peerings the reader cannot see: one that may exist, with nothing known, so no rule takes the VNet for unpeered.
                topology.Peerings.Add(new VirtualNetworkPeering(list.Location) { IsConditional = true, Parent = network });
                return;
            }

            foreach (var item in items ?? Array.Empty<TemplateElement>())
            {
                var peering = new VirtualNetworkPeering(item.Location)
                {
                    IsConditional = resource.IsConditional,
                    Parent = network,
                    Name = ElementFacts.String(item.Property("name"), item.Location),
                    Deployment = resource.Step,
                };
                ReadSettings(peering, item.Property("properties"), item.Location, resource.Target);
                topology.Peerings.Add(peering);
            }
        }

        private void ReadSettings(VirtualNetworkPeering peering, TemplateElement? properties, SourceLocation declaration, DeploymentTarget target)
        {
            var absentAt = properties?.Location ?? declaration;
            peering.AllowVirtualNetworkAccess = ElementFacts.Bool(properties?.Property("allowVirtualNetworkAccess"), absentAt);
            peering.AllowForwardedTraffic = ElementFacts.Bool(properties?.Property("allowForwardedTraffic"), absentAt);
            peering.AllowGatewayTransit = ElementFacts.Bool(properties?.Property("allowGatewayTransit"), absentAt);
            peering.UseRemoteGateways = ElementFacts.Bool(properties?.Property("useRemoteGateways"), absentAt);
            peering.DoNotVerifyRemoteGateways = ElementFacts.Bool(properties?.Property("doNotVerifyRemoteGateways"), absentAt);
            peering.PeerCompleteVirtualNetworks = ElementFacts.Bool(properties?.Property("peerCompleteVnets"), absentAt);
            peering.LocalSubnetNames = ElementFacts.Strings(properties?.Property("localSubnetNames"), absentAt);
            peering.RemoteSubnetNames = ElementFacts.Strings(properties?.Property("remoteSubnetNames"), absentAt);
            peering.EnableOnlyIPv6Peering = ElementFacts.Bool(properties?.Property("enableOnlyIPv6Peering"), absentAt);
            peering.Remote = Remote(properties, absentAt, target);
            foreach (var name in ServiceManagedProperties)
            {
                if (properties?.Property(name) is TemplateElement setting)
                {
                    peering.ServiceManagedSettings.Add(new ServiceManagedSetting(name, setting.Location));
                }
            }
        }

        private Fact<RemoteNetworkReference> Remote(TemplateElement? properties, SourceLocation absentAt, DeploymentTarget target)
        {
            var remote = properties?.Property("remoteVirtualNetwork");
            if (remote == null)
            {
                return properties != null && properties.IsUnknown ? ElementFacts.Unknown<RemoteNetworkReference>(properties) : Fact<RemoteNetworkReference>.Absent(absentAt);
            }

            var id = remote.Property("id");
            if (id == null)
            {
                return remote.IsUnknown ? ElementFacts.Unknown<RemoteNetworkReference>(remote) : Fact<RemoteNetworkReference>.Absent(remote.Location);
            }

            if (!(id.String is string text))
            {
                return ElementFacts.Unknown<RemoteNetworkReference>(id);
            }

            var parsed = ArmResourceId.Parse(text);
            var named = parsed.Id != null && parsed.Id.IsVirtualNetwork ? registry.NetworkOf(parsed.Id, target) : default;
            return named.Ambiguity is AmbiguousName ambiguity
                ? Fact<RemoteNetworkReference>.UnknownBecause(ambiguity.At(id.Location))
                : Fact<RemoteNetworkReference>.Known(new RemoteNetworkReference(text, named.Resource, parsed, null), id.Location);
        }
    }
}
