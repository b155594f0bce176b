using System.Linq;
using Peering.Rules.Identity;
using Peering.Rules.Model;
using Peering.Terraform.Evaluation;

namespace Peering.Terraform.Azure
{
    /// <summary>
    /// Route tables with their routes (inline <c>route</c> blocks, <c>azurerm_route</c>, azapi bodies) and the VNets
    /// whose subnets use them (<c>azurerm_subnet_route_table_association</c>, a subnet's <c>route_table_id</c>).
    /// </summary>
    internal sealed class RouteMapping
    {
        private readonly NetworkDirectory directory;
        private readonly NetworkReferences references;

        public RouteMapping(NetworkDirectory directory, NetworkReferences references)
        {
            this.directory = directory;
            this.references = references;
        }

        public void Declare(ResourceFacts resource)
        {
            if (resource.IsData)
            {
                return;
            }

            if (resource.Type == "azurerm_route_table")
            {
                var table = Table(resource);
                foreach (var route in resource.Blocks("route") ?? System.Array.Empty<BlockFacts>())
                {
                    AddRoute(table, route, route.Argument("name"), route.Argument("address_prefix"), route.Argument("next_hop_type"), route.Argument("next_hop_in_ip_address"));
                }
            }
            else if (AzapiTypes.Is(resource, AzapiTypes.RouteTable))
            {
                var table = Table(resource);
                foreach (var item in (AzapiTypes.Body(resource, "properties.routes")?.Value as TfList)?.Items ?? System.Array.Empty<TfValue>())
                {
                    var route = new Located(item, resource.Argument("body")!.Location);
                    AddRoute(table, resource, LocatedFacts.Path(route, "name"), LocatedFacts.Path(route, "properties.addressPrefix"), LocatedFacts.Path(route, "properties.nextHopType"), LocatedFacts.Path(route, "properties.nextHopIpAddress"));
                }
            }
        }

        public void ReadRoutes(ResourceFacts resource)
        {
            if (resource.IsData)
            {
                return;
            }

            switch (resource.Type)
            {
                case "azurerm_route":
                    var table = TableNamed(resource);
                    if (table != null)
                    {
                        AddRoute(table, resource, resource.Argument("name"), resource.Argument("address_prefix"), resource.Argument("next_hop_type"), resource.Argument("next_hop_in_ip_address"));
                    }

                    break;
                case "azurerm_subnet_route_table_association":
                    Associate(references.ById(resource.Argument("subnet_id")?.Value).Resource, resource.Argument("route_table_id")?.Value);
                    break;
            }
        }

        /// <summary>Records that a subnet of <paramref name="network"/> uses the route table a value names.</summary>
        public void Associate(VirtualNetwork? network, TfValue? tableId)
        {
            var table = tableId switch
            {
                TfString text when ArmResourceId.Parse(text.Value).Id is ArmResourceId id => directory.TableOf(id),
                TfUnknown { Origin: ValueOrigin origin } => directory.TableByAddress(origin.Key),
                _ => null,
            };
            if (network != null && table != null && !table.AssociatedNetworks.Any(n => Topology.SameNetwork(n, network)))
            {
                table.AssociatedNetworks.Add(network);
            }
        }

        private RouteTable Table(ResourceFacts resource)
        {
            var id = resource.Id is TfString known ? ArmResourceId.Parse(known.Value).Id : null;
            return directory.RouteTable(id, resource.Key, LocatedFacts.Text(resource.Argument("name")) ?? resource.Address, resource.Declaration);
        }

        /// <summary>The table of an <c>azurerm_route</c>: by reference, or by <c>route_table_name</c> in the resource group.</summary>
        private RouteTable? TableNamed(ResourceFacts route)
        {
            if (route.Argument("route_table_name")?.Value is TfUnknown { Origin: ValueOrigin origin })
            {
                return directory.TableByAddress(origin.Key);
            }

            if (LocatedFacts.Text(route.Argument("route_table_name")) is not string name)
            {
                return null;
            }

            var group = LocatedFacts.Text(route.Argument("resource_group_name")) ?? route.UnknownResourceGroup;
            var id = ArmResourceId.Parse(AzureIds.Resource(route.Subscription, group, AzapiTypes.RouteTable, new[] { name })).Id;
            return id == null ? null : directory.TableOf(id);
        }

        private static void AddRoute(RouteTable table, BlockFacts where, Located? name, Located? prefix, Located? nextHopType, Located? nextHop)
        {
            table.Routes.Add(new Route(table, where.Location)
            {
                Name = LocatedFacts.String(name, where.Location),
                AddressPrefix = LocatedFacts.String(prefix, where.Location),
                NextHopType = LocatedFacts.String(nextHopType, where.Location),
                NextHopIpAddress = LocatedFacts.String(nextHop, where.Location),
            });
        }
    }
}
