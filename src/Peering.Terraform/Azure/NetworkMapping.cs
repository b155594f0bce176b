using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Addressing;
using Peering.Rules.Identity;
using Peering.Rules.Model;
using Peering.Terraform.Evaluation;

namespace Peering.Terraform.Azure
{
    /// <summary>
    /// VNets (<c>azurerm_virtual_network</c>, azapi <c>virtualNetworks</c>), the data sources that name VNets declared
    /// elsewhere, and subnets, inline or as their own resources, with their prefixes (PEER204) and route tables.
    /// </summary>
    internal sealed class NetworkMapping
    {
        private readonly Topology topology;
        private readonly NetworkDirectory directory;
        private readonly NetworkReferences references;

        public NetworkMapping(Topology topology, NetworkDirectory directory, NetworkReferences references)
        {
            this.topology = topology;
            this.directory = directory;
            this.references = references;
        }

        public void Declare(ResourceFacts resource)
        {
            if (resource.IsData)
            {
                return;
            }

            if (resource.Type == "azurerm_virtual_network")
            {
                var network = Declare(resource, resource.Argument("name"), resource.Argument("resource_group_name"));
                network.AddressPrefixes = resource.Argument("address_space") is Located space
                    ? Prefixes(space, "the address space of VNet '" + network.DisplayName + "'")
                    : resource.Argument("ip_address_pool") != null ? Fact<IReadOnlyList<NetworkPrefix>>.Unknown : Fact<IReadOnlyList<NetworkPrefix>>.Absent(resource.Declaration);
            }
            else if (AzapiTypes.Is(resource, AzapiTypes.VirtualNetwork))
            {
                var network = Declare(resource, resource.Argument("name"), null);
                var space = AzapiTypes.Body(resource, "properties.addressSpace.addressPrefixes");
                network.AddressPrefixes = space != null ? Prefixes(space, "the address space of VNet '" + network.DisplayName + "'")
                    : resource.Argument("body")?.Value.IsKnown == false ? Fact<IReadOnlyList<NetworkPrefix>>.Unknown
                    : Fact<IReadOnlyList<NetworkPrefix>>.Absent(resource.Declaration);
            }
        }

        /// <summary>Data sources and subnet resources: the VNet they name, under their own address.</summary>
        public void ReadReferences(ResourceFacts resource)
        {
            VirtualNetwork? network = null;
            switch (resource.Type)
            {
                case "azurerm_virtual_network" when resource.IsData:
                    network = references.ById(resource.Id) ?? references.ByName(resource.Argument("name"), resource.Argument("resource_group_name"), resource);
                    break;
                case "azurerm_subnet":
                    network = references.ByName(resource.Argument("virtual_network_name"), resource.Argument("resource_group_name"), resource);
                    break;
                case "azapi_resource" when AzapiTypes.Is(resource, AzapiTypes.Subnet):
                    network = references.ById(resource.Argument("parent_id")?.Value);
                    break;
            }

            if (network != null)
            {
                directory.Alias(resource.Key, network);
            }
        }

        /// <summary>Subnet prefixes and route tables: inline in a VNet, or subnet resources.</summary>
        public void ReadSubnets(ResourceFacts resource, RouteMapping routes)
        {
            if (resource.IsData)
            {
                return;
            }

            var network = directory.ByAddress(resource.Key);
            switch (resource.Type)
            {
                case "azurerm_virtual_network":
                    foreach (var subnet in resource.Blocks("subnet") ?? System.Array.Empty<BlockFacts>())
                    {
                        ReadSubnet(network, subnet.Argument("name"), subnet.Argument("address_prefixes"), subnet.Argument("address_prefix"));
                        routes.Associate(network, subnet.Argument("route_table_id")?.Value);
                    }

                    break;
                case "azurerm_subnet":
                    ReadSubnet(network, resource.Argument("name"), resource.Argument("address_prefixes"), resource.Argument("address_prefix"));
                    break;
                case "azapi_resource" when AzapiTypes.Is(resource, AzapiTypes.VirtualNetwork):
                    foreach (var subnet in (AzapiTypes.Body(resource, "properties.subnets")?.Value as TfList)?.Items ?? System.Array.Empty<TfValue>())
                    {
                        var item = new Located(subnet, resource.Argument("body")!.Location);
                        ReadSubnet(network, LocatedFacts.Path(item, "name"), LocatedFacts.Path(item, "properties.addressPrefixes"), LocatedFacts.Path(item, "properties.addressPrefix"));
                        routes.Associate(network, LocatedFacts.Path(item, "properties.routeTable.id")?.Value);
                    }

                    break;
                case "azapi_resource" when AzapiTypes.Is(resource, AzapiTypes.Subnet):
                    ReadSubnet(network, resource.Argument("name"), AzapiTypes.Body(resource, "properties.addressPrefixes"), AzapiTypes.Body(resource, "properties.addressPrefix"));
                    routes.Associate(network, AzapiTypes.Body(resource, "properties.routeTable.id")?.Value);
                    break;
            }
        }

        private VirtualNetwork Declare(ResourceFacts resource, Located? name, Located? resourceGroup)
        {
            var id = resource.Id is TfString known ? ArmResourceId.Parse(known.Value).Id : null;
            if (id == null && LocatedFacts.Text(name) is string vnet)
            {
                // The subscription or resource group is not known: the name still identifies the VNet within the run.
                var group = LocatedFacts.Text(resourceGroup) ?? resource.UnknownResourceGroup;
                id = ArmResourceId.Parse(AzureIds.Resource(resource.Subscription, group, AzapiTypes.VirtualNetwork, new[] { vnet })).Id;
            }

            var network = directory.Declare(id, resource.Key, LocatedFacts.Text(name) ?? resource.Address, resource.Declaration);
            if (ReferenceEquals(network.Declaration, resource.Declaration))
            {
                network.Location = LocatedFacts.Region(resource.Argument("location"), resource.Declaration);
            }

            network.MayHaveUnseenGateway |= resource.HasUnseenNeighbours;

            return network;
        }

        private void ReadSubnet(VirtualNetwork? network, Located? name, Located? prefixes, Located? prefix)
        {
            var owner = (LocatedFacts.Text(name) is string subnet ? "subnet '" + subnet + "'" : "a subnet") + (network == null ? string.Empty : " of VNet '" + network.DisplayName + "'");
            if (prefix != null)
            {
                Use(prefix.Value, owner, prefix);
            }

            if (prefixes != null)
            {
                Prefixes(prefixes, owner);
            }
        }

        /// <summary>Records every known prefix for PEER204 and returns the valid ones, known only when every element is.</summary>
        private Fact<IReadOnlyList<NetworkPrefix>> Prefixes(Located list, string owner)
        {
            if (list.Value is not TfList items)
            {
                return list.Value is TfNull ? Fact<IReadOnlyList<NetworkPrefix>>.Absent(list.Location) : Fact<IReadOnlyList<NetworkPrefix>>.Unknown;
            }

            var valid = items.Items.Select(item => Use(item, owner, list)).OfType<NetworkPrefix>().ToList();
            return items.Items.All(i => i is TfString) ? Fact<IReadOnlyList<NetworkPrefix>>.Known(valid, list.Location) : Fact<IReadOnlyList<NetworkPrefix>>.Unknown;
        }

        private NetworkPrefix? Use(TfValue value, string owner, Located where)
        {
            if (value is not TfString text)
            {
                return null;
            }

            topology.AddressPrefixUses.Add(new AddressPrefixUse(text.Value, owner, where.Location));
            var parsed = IpPrefix.Parse(text.Value);
            return parsed.Problem == PrefixProblem.None ? new NetworkPrefix(parsed.Prefix!, where.Location) : null;
        }
    }
}
