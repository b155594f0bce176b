using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Addressing;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Templates.Arm
{
    /// <summary>
    /// VNets: declarations (region, address space, subnets and their route tables), references to VNets declared
    /// elsewhere, and a second declaration of one VNet with other prefixes (PEER205's address-space change).
    /// </summary>
    internal sealed class NetworkReader
    {
        private readonly Topology topology;
        private readonly NetworkRegistry registry;
        private readonly Dictionary<VirtualNetwork, Fact<IReadOnlyList<NetworkPrefix>>> declaredSpaces = new Dictionary<VirtualNetwork, Fact<IReadOnlyList<NetworkPrefix>>>();
        private readonly HashSet<VirtualNetwork> subnetListsRead = new HashSet<VirtualNetwork>();

        public NetworkReader(Topology topology, NetworkRegistry registry)
        {
            this.topology = topology;
            this.registry = registry;
        }

        /// <summary>
        /// The VNet a resource of type virtualNetworks (or a child's first name segment) stands for; null when the name is
        /// not a VNet's, or names a VNet several files declare.
        /// </summary>
        public VirtualNetwork? NetworkNamed(ExpandedResource resource, string vnetName)
        {
            var id = ArmResourceId.Parse(resource.Target.ResourceId(ResourceTypes.VirtualNetwork, vnetName)).Id;
            return id == null ? null : registry.NetworkOf(id, resource.Target).Resource;
        }

        /// <summary>The parent VNet of a child resource named <c>vnet/child</c>.</summary>
        public VirtualNetwork? ParentOf(ExpandedResource child)
        {
            var segments = child.NameSegments;
            if (segments != null && segments.Length == 2)
            {
                return NetworkNamed(child, segments[0]);
            }

            // A child whose name is unknown still belongs to the VNet it is nested in.
            return child.Parent != null && child.Parent.Is(ResourceTypes.VirtualNetwork) && child.Parent.Name != null ? NetworkNamed(child.Parent, child.Parent.Name) : null;
        }

        /// <summary>
        /// Records a VNet declaration and returns the VNet: the same one for every declaration of its id in its file, or in
        /// any file when its subscription and resource group are written (<see cref="RootedResources{T}"/>).
        /// </summary>
        public VirtualNetwork Declare(ExpandedResource resource)
        {
            var id = resource.Id == null ? null : ArmResourceId.Parse(resource.Id).Id;
            // A VNet whose name is unknown is its own VNet each time (copy loops repeat one declaration).
            var identity = id != null ? ResourceIdentity.Of(id, resource.Target.Root) : ResourceIdentity.Unique("unresolved:" + resource.Declaration);
            // Declarations are read before any reference, so a VNet found here was declared before: a second declaration.
            var network = registry.Declared(identity) ?? registry.Declare(Create(resource, identity, id), id, resource.Target);
            var addressSpace = ReadAddressSpace(resource, network);
            if (!declaredSpaces.TryGetValue(network, out var first))
            {
                network.AddressPrefixes = addressSpace;
                declaredSpaces.Add(network, addressSpace);
            }
            else
            {
                RecordChange(network, first, addressSpace, resource.Declaration);
            }

            return network;
        }

        /// <summary>An <c>existing</c> VNet: known by id, deployed elsewhere; its region may still be written.</summary>
        public void Reference(ExpandedResource resource)
        {
            var network = resource.Name == null ? null : NetworkNamed(resource, resource.Name);
            if (network != null && !network.IsDefined && network.Location.State == FactState.Unknown && resource.Body.Property("location") != null)
            {
                network.Location = ElementFacts.Region(resource.Body.Property("location"), resource.Declaration);
            }
        }

        /// <summary>
        /// Subnets written inline in the VNet's <c>properties.subnets</c>. Every deployment of the VNet replaces its subnets
        /// with that list (and the subnet resources deployed with it), so the list makes them all known; a VNet declared
        /// twice keeps this only when both declarations write one.
        /// </summary>
        public void ReadInlineSubnets(ExpandedResource resource, VirtualNetwork network)
        {
            var list = resource.Properties?.Property("subnets");
            var items = list?.Items();
            var complete = list == null ? Fact<bool>.Unknown : items == null ? ElementFacts.Unknown<bool>(list) : Fact<bool>.Known(true, list.Location);
            network.SubnetsComplete = subnetListsRead.Add(network) || !complete.IsKnown ? complete : network.SubnetsComplete;
            foreach (var subnet in items ?? Array.Empty<TemplateElement>())
            {
                ReadSubnet(resource, network, ElementFacts.String(subnet.Property("name"), subnet.Location), subnet.Property("properties"), subnet.Location);
            }
        }

        /// <summary>A <c>virtualNetworks/subnets</c> resource.</summary>
        public void ReadSubnetResource(ExpandedResource resource)
        {
            var network = ParentOf(resource);
            var segments = resource.NameSegments;
            var name = segments == null ? Fact<string>.UnknownBecause(resource.NameUnknownCause) : Fact<string>.Known(segments.Last(), resource.Body.LocationOf("name"));
            ReadSubnet(resource, network, name, resource.Properties, resource.Declaration);
        }

        private static VirtualNetwork Create(ExpandedResource resource, ResourceIdentity identity, ArmResourceId? id)
        {
            var displayName = resource.Name ?? Unbracketed(resource.NameText);
            return new VirtualNetwork(identity, displayName, resource.Declaration)
            {
                ResourceId = id,
                IsDefined = true,
                Location = ElementFacts.Region(resource.Body.Property("location"), resource.Declaration),
            };
        }

        private Fact<IReadOnlyList<NetworkPrefix>> ReadAddressSpace(ExpandedResource resource, VirtualNetwork network)
        {
            var addressSpace = resource.Properties?.Property("addressSpace");
            var prefixes = addressSpace?.Property("addressPrefixes");
            if (addressSpace?.Property("ipamPoolPrefixAllocations") is TemplateElement allocations && allocations.Items() is not { Count: 0 })
            {
                // Azure picks an IPAM pool's prefixes when it deploys the VNet: what they add to the space is not known here.
                if (prefixes != null)
                {
                    ReadPrefixes(prefixes, "the address space of VNet '" + network.DisplayName + "'");
                }

                return allocations.IsUnknown ? ElementFacts.Unknown<IReadOnlyList<NetworkPrefix>>(allocations) : Fact<IReadOnlyList<NetworkPrefix>>.Unknown;
            }

            if (prefixes == null)
            {
                return addressSpace == null || !addressSpace.IsUnknown ? Fact<IReadOnlyList<NetworkPrefix>>.Absent(addressSpace?.Location ?? resource.Declaration) : ElementFacts.Unknown<IReadOnlyList<NetworkPrefix>>(addressSpace);
            }

            return ReadPrefixes(prefixes, "the address space of VNet '" + network.DisplayName + "'");
        }

        private void ReadSubnet(ExpandedResource resource, VirtualNetwork? network, Fact<string> name, TemplateElement? properties, SourceLocation declaration)
        {
            if (properties == null)
            {
                return;
            }

            var owner = (name.IsKnown ? "subnet '" + name.Value + "'" : "a subnet") + (network == null ? string.Empty : " of VNet '" + network.DisplayName + "'");
            var prefixes = new List<Fact<IReadOnlyList<NetworkPrefix>>>();
            if (properties.Property("addressPrefix") is TemplateElement single)
            {
                var prefix = UsePrefix(single, owner);
                prefixes.Add(single.String == null ? ElementFacts.Unknown<IReadOnlyList<NetworkPrefix>>(single)
                    : Fact<IReadOnlyList<NetworkPrefix>>.Known(prefix == null ? Array.Empty<NetworkPrefix>() : new[] { prefix }, single.Location));
            }

            if (properties.Property("addressPrefixes") is TemplateElement several)
            {
                prefixes.Add(ReadPrefixes(several, owner));
            }

            if (properties.Property("ipamPoolPrefixAllocations") is TemplateElement allocations && allocations.Items() is not { Count: 0 })
            {
                // Prefixes from an IPAM pool are picked when the subnet is deployed.
                prefixes.Add(Fact<IReadOnlyList<NetworkPrefix>>.Unknown);
            }

            network?.Subnets.Add(new Subnet(name, declaration) { AddressPrefixes = Combined(prefixes, properties) });
            var tableId = properties.Property("routeTable")?.Property("id")?.String;
            var table = tableId == null ? null : ArmResourceId.Parse(tableId).Id;
            if (network != null && table != null && registry.RouteTableOf(table, resource.Target) is RouteTable routeTable)
            {
                if (!routeTable.AssociatedNetworks.Any(n => Topology.SameNetwork(n, network)))
                {
                    routeTable.AssociatedNetworks.Add(network);
                }
            }
        }

        /// <summary>The prefixes of all of a subnet's prefix properties, known when each is; unknown when none is written.</summary>
        private static Fact<IReadOnlyList<NetworkPrefix>> Combined(IReadOnlyList<Fact<IReadOnlyList<NetworkPrefix>>> parts, TemplateElement properties)
        {
            if (parts.Count == 0)
            {
                return properties.IsUnknown ? ElementFacts.Unknown<IReadOnlyList<NetworkPrefix>>(properties) : Fact<IReadOnlyList<NetworkPrefix>>.Unknown;
            }

            foreach (var part in parts)
            {
                if (!part.IsKnown)
                {
                    return Fact<IReadOnlyList<NetworkPrefix>>.UnknownBecause(part.Source);
                }
            }

            return Fact<IReadOnlyList<NetworkPrefix>>.Known(parts.SelectMany(p => p.Value).ToArray(), parts[0].Source);
        }

        /// <summary>
        /// Records every known prefix for PEER204; the valid ones when the list is complete, else unknown because of the
        /// list or of its first item that was not evaluated.
        /// </summary>
        private Fact<IReadOnlyList<NetworkPrefix>> ReadPrefixes(TemplateElement list, string owner)
        {
            var items = list.Items();
            var incomplete = items == null ? list : null;
            var valid = new List<NetworkPrefix>();
            foreach (var item in items ?? Array.Empty<TemplateElement>())
            {
                var prefix = UsePrefix(item, owner);
                if (item.String == null && (incomplete == null || (incomplete.UnknownCause == null && item.UnknownCause != null)))
                {
                    incomplete = item;
                }

                if (prefix != null)
                {
                    valid.Add(prefix);
                }
            }

            return incomplete == null ? Fact<IReadOnlyList<NetworkPrefix>>.Known(valid, list.Location) : ElementFacts.Unknown<IReadOnlyList<NetworkPrefix>>(incomplete);
        }

        private NetworkPrefix? UsePrefix(TemplateElement element, string owner)
        {
            if (element.String is not string text)
            {
                return null;
            }

            topology.AddressPrefixUses.Add(new AddressPrefixUse(text, owner, element.Location));
            var parsed = IpPrefix.Parse(text);
            return parsed.Problem == PrefixProblem.None ? new NetworkPrefix(parsed.Prefix!, element.Location) : null;
        }

        /// <summary>A later declaration of the same VNet with other prefixes: deploying it changes the address space.</summary>
        private void RecordChange(VirtualNetwork network, Fact<IReadOnlyList<NetworkPrefix>> before, Fact<IReadOnlyList<NetworkPrefix>> after, SourceLocation declaration)
        {
            if (!before.IsKnown || !after.IsKnown)
            {
                return;
            }

            var old = before.Value.Select(p => p.Prefix).ToArray();
            var added = after.Value.Select(p => p.Prefix).Where(p => !old.Contains(p)).Distinct().ToArray();
            var removed = old.Where(p => !after.Value.Any(n => n.Prefix.Equals(p))).Distinct().ToArray();
            var parts = new List<string>();
            if (added.Length > 0)
            {
                parts.Add("adds " + string.Join(", ", added.Select(p => p.Text)));
            }

            if (removed.Length > 0)
            {
                parts.Add("removes " + string.Join(", ", removed.Select(p => p.Text)));
            }

            if (parts.Count > 0)
            {
                topology.AddressSpaceChanges.Add(new AddressSpaceChange(network, string.Join(" and ", parts), after.Source ?? declaration, false, new object[] { declaration }));
            }
        }

        private static string Unbracketed(string text) =>
            text.Length > 2 && text[0] == '[' && text[text.Length - 1] == ']' ? text.Substring(1, text.Length - 2) : text;
    }
}
