using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Addressing;
using Peering.Rules.Identity;
using Peering.Rules.Model;
using Peering.Templates;
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
        private readonly HashSet<VirtualNetwork> subnetListsRead = new HashSet<VirtualNetwork>();

        public NetworkMapping(Topology topology, NetworkDirectory directory, NetworkReferences references)
        {
            this.topology = topology;
            this.directory = directory;
            this.references = references;
        }

        /// <summary>Tells the directory, before any declaration, the id a VNet resource declares (<see cref="NetworkDirectory.Expect"/>).</summary>
        public void Expect(ResourceFacts resource)
        {
            if (DeclaresNetwork(resource) && DeclaredId(resource) is ArmResourceId id)
            {
                directory.Expect(id, resource.Root);
            }
        }

        public void Declare(ResourceFacts resource)
        {
            if (!DeclaresNetwork(resource))
            {
                return;
            }

            var network = DeclareNetwork(resource);
            var owner = "the address space of VNet '" + network.DisplayName + "'";
            if (resource.Type == "azurerm_virtual_network")
            {
                var space = resource.Argument("address_space");
                network.AddressPrefixes = UsesPool(resource)
                    ? Unknown(space, owner)
                    : space != null ? Prefixes(space, owner) : Fact<IReadOnlyList<NetworkPrefix>>.Absent(resource.Declaration);
            }
            else
            {
                var space = AzapiTypes.Body(resource, "properties.addressSpace.addressPrefixes");
                network.AddressPrefixes = Allocates(AzapiTypes.Body(resource, "properties.addressSpace.ipamPoolPrefixAllocations"))
                    ? Unknown(space, owner)
                    : space != null ? Prefixes(space, owner)
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
                    network = references.ById(resource.Id).Resource ?? references.ByName(resource.Argument("name"), resource.Argument("resource_group_name"), resource);
                    break;
                case "azurerm_subnet":
                    network = references.ByName(resource.Argument("virtual_network_name"), resource.Argument("resource_group_name"), resource);
                    break;
                case "azapi_resource" when AzapiTypes.Is(resource, AzapiTypes.Subnet):
                    network = references.ById(resource.Argument("parent_id")?.Value).Resource;
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
                    var blocks = resource.Blocks("subnet");
                    // Subnet blocks are all the VNet's subnets (azurerm then manages the list); without them, subnets are
                    // resources of their own, which other configurations may add to.
                    Complete(network, blocks is { Count: > 0 } ? Fact<bool>.Known(true, resource.Declaration) : Fact<bool>.Unknown);
                    foreach (var subnet in blocks ?? System.Array.Empty<BlockFacts>())
                    {
                        ReadSubnet(network, subnet.Argument("name"), subnet.Argument("address_prefixes"), subnet.Argument("address_prefix"), false, subnet.Location);
                        routes.Associate(network, subnet.Argument("route_table_id")?.Value);
                    }

                    break;
                case "azurerm_subnet":
                    ReadSubnet(network, resource.Argument("name"), resource.Argument("address_prefixes"), resource.Argument("address_prefix"), UsesPool(resource), resource.Declaration);
                    break;
                case "azapi_resource" when AzapiTypes.Is(resource, AzapiTypes.VirtualNetwork):
                    var list = AzapiTypes.Body(resource, "properties.subnets");
                    Complete(network, list?.Value is TfList ? Fact<bool>.Known(true, list.Location) : Fact<bool>.Unknown);
                    foreach (var subnet in (list?.Value as TfList)?.Items ?? System.Array.Empty<TfValue>())
                    {
                        var item = new Located(subnet, resource.Argument("body")!.Location);
                        ReadSubnet(network, LocatedFacts.Path(item, "name"), LocatedFacts.Path(item, "properties.addressPrefixes"), LocatedFacts.Path(item, "properties.addressPrefix"),
                            Allocates(LocatedFacts.Path(item, "properties.ipamPoolPrefixAllocations")), item.Location);
                        routes.Associate(network, LocatedFacts.Path(item, "properties.routeTable.id")?.Value);
                    }

                    break;
                case "azapi_resource" when AzapiTypes.Is(resource, AzapiTypes.Subnet):
                    ReadSubnet(network, resource.Argument("name"), AzapiTypes.Body(resource, "properties.addressPrefixes"), AzapiTypes.Body(resource, "properties.addressPrefix"),
                        Allocates(AzapiTypes.Body(resource, "properties.ipamPoolPrefixAllocations")), resource.Declaration);
                    routes.Associate(network, AzapiTypes.Body(resource, "properties.routeTable.id")?.Value);
                    break;
            }
        }

        /// <summary>Whether the subnets read for a VNet are all its subnets; a VNet declared twice keeps it only when both say so.</summary>
        private void Complete(VirtualNetwork? network, Fact<bool> complete)
        {
            if (network != null)
            {
                network.SubnetsComplete = subnetListsRead.Add(network) || !complete.IsKnown ? complete : network.SubnetsComplete;
            }
        }

        /// <summary>An azurerm or azapi VNet resource (not a data source).</summary>
        private static bool DeclaresNetwork(ResourceFacts resource) =>
            !resource.IsData && (resource.Type == "azurerm_virtual_network" || AzapiTypes.Is(resource, AzapiTypes.VirtualNetwork));

        /// <summary>The id of a VNet resource: its own when known, else built from its name; null when the name is not known either.</summary>
        private static ArmResourceId? DeclaredId(ResourceFacts resource)
        {
            var id = resource.Id is TfString known ? ArmResourceId.Parse(known.Value).Id : null;
            if (id == null && LocatedFacts.Text(resource.Argument("name")) is string vnet)
            {
                // The subscription or resource group is not known: the name still identifies the VNet within the run.
                var group = (resource.Type == "azurerm_virtual_network" ? LocatedFacts.Text(resource.Argument("resource_group_name")) : null) ?? resource.UnknownResourceGroup;
                id = ArmResourceId.Parse(AzureIds.Resource(resource.Subscription, group, AzapiTypes.VirtualNetwork, new[] { vnet })).Id;
            }

            return id;
        }

        private VirtualNetwork DeclareNetwork(ResourceFacts resource)
        {
            var name = resource.Argument("name");
            var network = directory.Declare(DeclaredId(resource), resource.Key, LocatedFacts.Text(name) ?? resource.Address, resource.Declaration, resource.Root);
            if (ReferenceEquals(network.Declaration, resource.Declaration))
            {
                network.Location = LocatedFacts.Region(resource.Argument("location"), resource.Declaration);
            }

            network.MayHaveUnseenGateway |= resource.HasUnseenNeighbours;

            return network;
        }

        private void ReadSubnet(VirtualNetwork? network, Located? name, Located? prefixes, Located? prefix, bool pooled, SourceLocation declaration)
        {
            var owner = (LocatedFacts.Text(name) is string subnet ? "subnet '" + subnet + "'" : "a subnet") + (network == null ? string.Empty : " of VNet '" + network.DisplayName + "'");
            var parts = new List<Fact<IReadOnlyList<NetworkPrefix>>>();
            if (prefix != null && prefix.Value is not TfNull)
            {
                var valid = Use(prefix.Value, owner, prefix);
                parts.Add(prefix.Value is TfString ? Fact<IReadOnlyList<NetworkPrefix>>.Known(valid == null ? System.Array.Empty<NetworkPrefix>() : new[] { valid }, prefix.Location) : Fact<IReadOnlyList<NetworkPrefix>>.Unknown);
            }

            if (prefixes != null && prefixes.Value is not TfNull)
            {
                parts.Add(Prefixes(prefixes, owner));
            }

            // Prefixes from an IPAM pool are picked at deployment.
            if (pooled)
            {
                parts.Add(Fact<IReadOnlyList<NetworkPrefix>>.Unknown);
            }

            network?.Subnets.Add(new Subnet(LocatedFacts.String(name, declaration) is { IsKnown: true } known ? known : Fact<string>.Unknown, declaration)
            {
                AddressPrefixes = parts.Count > 0 && parts.All(p => p.IsKnown)
                    ? Fact<IReadOnlyList<NetworkPrefix>>.Known(parts.SelectMany(p => p.Value).ToArray(), parts[0].Source)
                    : Fact<IReadOnlyList<NetworkPrefix>>.Unknown,
            });
        }

        /// <summary>True when an azurerm VNet or subnet takes prefixes from an IPAM pool (an <c>ip_address_pool</c> block, a list in a plan).</summary>
        private static bool UsesPool(ResourceFacts resource) =>
            Allocates(resource.Argument("ip_address_pool")) || resource.Blocks("ip_address_pool") is not { Count: 0 };

        /// <summary>True when an allocation list (azapi <c>ipamPoolPrefixAllocations</c>, azurerm <c>ip_address_pool</c>) may hold an allocation.</summary>
        private static bool Allocates(Located? allocations) =>
            allocations != null && allocations.Value is not TfNull && allocations.Value is not TfList { Items.Count: 0 };

        /// <summary>
        /// An address space allocated from an IPAM pool: Azure picks the prefixes at deployment, so whatever else is written,
        /// the space is not known. Prefixes written next to the pool are still checked for PEER204.
        /// </summary>
        private Fact<IReadOnlyList<NetworkPrefix>> Unknown(Located? written, string owner)
        {
            if (written != null)
            {
                Prefixes(written, owner);
            }

            return Fact<IReadOnlyList<NetworkPrefix>>.Unknown;
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
