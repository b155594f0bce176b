using System.Linq;
using Peering.Rules.Model;
using Peering.Templates;
using Peering.Terraform.Evaluation;

namespace Peering.Terraform.Azure
{
    /// <summary>
    /// Gateways: a VPN or ExpressRoute gateway, or a Route Server, whose IP configuration's subnet lies in a VNet gives
    /// that VNet a gateway. One whose subnet is not known may be in any VNet, so none is then known to lack one; one in a
    /// VNet several roots declare may be in any of them.
    /// </summary>
    internal static class GatewayMapping
    {
        public static void Read(ResourceFacts resource, Topology topology, NetworkReferences references)
        {
            if (resource.IsData)
            {
                return;
            }

            if (resource.Type == "azurerm_virtual_network_gateway")
            {
                var configurations = resource.Blocks("ip_configuration");
                if (configurations == null || configurations.Count == 0)
                {
                    Mark(resource, null, topology, references);
                }

                foreach (var configuration in configurations ?? System.Array.Empty<BlockFacts>())
                {
                    Mark(resource, configuration.Argument("subnet_id"), topology, references);
                }
            }
            else if (resource.Type == "azurerm_route_server")
            {
                Mark(resource, resource.Argument("subnet_id"), topology, references);
            }
            else if (AzapiTypes.Is(resource, AzapiTypes.Gateway))
            {
                var configurations = (AzapiTypes.Body(resource, "properties.ipConfigurations")?.Value as TfList)?.Items;
                foreach (var configuration in configurations ?? new TfValue[] { TfUnknown.Instance })
                {
                    Mark(resource, LocatedFacts.Path(new Located(configuration, resource.Location), "properties.subnet.id"), topology, references);
                }
            }
        }

        private static void Mark(ResourceFacts gateway, Located? subnetId, Topology topology, NetworkReferences references)
        {
            var named = references.ById(subnetId?.Value);
            var network = named.Resource;
            if (named.Ambiguity is AmbiguousName ambiguity)
            {
                foreach (var candidate in named.Candidates)
                {
                    candidate.MayHaveGateway(ambiguity.At(subnetId!.Location));
                }
            }
            else if (network == null)
            {
                foreach (var any in topology.Networks.ToList())
                {
                    any.MayHaveUnseenGateway = true;
                }
            }
            else
            {
                if (gateway.MayNotExist)
                {
                    network.MayHaveUnseenGateway = true;
                }
                else
                {
                    network.HasGateway = Fact<bool>.Known(true, gateway.Declaration);
                }

                // Whether or not it is created, a peering of the same apply that uses it must wait for it when it is.
                if (gateway.Step != null && !network.GatewayDeployments.Contains(gateway.Step))
                {
                    network.GatewayDeployments.Add(gateway.Step);
                }
            }
        }
    }
}
