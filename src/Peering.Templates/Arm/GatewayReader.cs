using System.Collections.Generic;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Templates.Arm
{
    /// <summary>
    /// Gateways: a <c>virtualNetworkGateways</c> resource, or a Route Server's <c>virtualHubs/ipConfigurations</c>,
    /// whose IP configuration names a subnet of a VNet, gives that VNet a gateway.
    /// </summary>
    internal sealed class GatewayReader
    {
        private readonly Topology topology;
        private readonly NetworkRegistry registry;

        public GatewayReader(Topology topology, NetworkRegistry registry)
        {
            this.topology = topology;
            this.registry = registry;
        }

        public void ReadGateway(ExpandedResource resource)
        {
            var configurations = resource.Properties?.Property("ipConfigurations")?.Items();
            if (configurations == null)
            {
                MarkGateway(resource, null);
                return;
            }

            foreach (var configuration in configurations)
            {
                MarkGateway(resource, configuration.Property("properties"));
            }
        }

        public void ReadHubIpConfiguration(ExpandedResource resource) => MarkGateway(resource, resource.Properties);

        private void MarkGateway(ExpandedResource resource, TemplateElement? configuration)
        {
            var subnet = configuration?.Property("subnet")?.Property("id");
            var subnetId = subnet?.String;
            var id = subnetId == null ? null : ArmResourceId.Parse(subnetId).Id;
            var named = id == null ? default : registry.NetworkOf(id, resource.Target);
            var network = named.Resource;
            if (named.Ambiguity is AmbiguousName ambiguity)
            {
                // The gateway is in one of the VNets of that name that several files declare: none of them is known to lack one.
                MayBeIn(named.Candidates, ambiguity.At(subnet!.Location));
            }
            else if (network == null)
            {
                // The gateway may be in any VNet of the run: none of them is known to lack one, and, when the subnet is
                // a construct the reader did not evaluate, that construct is why their gateways are unknown.
                MayBeIn(topology.Networks, subnet?.UnknownCause);
            }
            else
            {
                if (resource.IsConditional)
                {
                    network.MayHaveUnseenGateway = true;
                }
                else
                {
                    network.HasGateway = Fact<bool>.Known(true, resource.Declaration);
                }

                // Conditional or not, a peering of the deployment that uses the gateway must wait for it when it is deployed.
                if (resource.Step != null && !network.GatewayDeployments.Contains(resource.Step))
                {
                    network.GatewayDeployments.Add(resource.Step);
                }
            }
        }

        private static void MayBeIn(IEnumerable<VirtualNetwork> networks, object? cause)
        {
            foreach (var network in networks)
            {
                network.MayHaveGateway(cause);
            }
        }
    }
}
