using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Identity;
using Peering.Rules.Model;
using Peering.Templates;

namespace Peering.Terraform.Azure
{
    /// <summary>
    /// The VNets and route tables of the run, by id and by Terraform address. It starts from what the template front end
    /// already put in the topology, so a VNet a Bicep file declares and a Terraform spoke names by id are one VNet: an id
    /// matches exactly, or, when exactly one VNet fits, with a placeholder subscription or resource group on either side
    /// (<see cref="ArmResourceId.MayNameSameResource"/>).
    /// </summary>
    internal sealed class NetworkDirectory
    {
        private readonly Topology topology;
        private readonly Dictionary<ResourceIdentity, VirtualNetwork> byIdentity = new Dictionary<ResourceIdentity, VirtualNetwork>();
        private readonly Dictionary<string, VirtualNetwork> byAddress = new Dictionary<string, VirtualNetwork>(System.StringComparer.Ordinal);
        private readonly Dictionary<ResourceIdentity, RouteTable> tablesByIdentity = new Dictionary<ResourceIdentity, RouteTable>();
        private readonly Dictionary<string, RouteTable> tablesByAddress = new Dictionary<string, RouteTable>(System.StringComparer.Ordinal);

        public NetworkDirectory(Topology topology)
        {
            this.topology = topology;
            foreach (var network in topology.Networks)
            {
                if (!byIdentity.TryGetValue(network.Identity, out var known) || (!known.IsDefined && network.IsDefined))
                {
                    byIdentity[network.Identity] = network;
                }
            }

            foreach (var table in topology.RouteTables)
            {
                tablesByIdentity[table.Identity] = table;
            }
        }

        /// <summary>
        /// A VNet a Terraform resource creates. One the run already defines is kept as it is; one it only refers to
        /// becomes this declaration under the same identity, with what was known of it.
        /// </summary>
        public VirtualNetwork Declare(ArmResourceId? id, string address, string displayName, SourceLocation declaration)
        {
            var existing = id == null ? null : Find(id);
            if (existing != null && existing.IsDefined)
            {
                if (existing.Identity.Equals(ResourceIdentity.Of(id!)))
                {
                    return byAddress[address] = existing;
                }

                // Two declarations that only may be one VNet (a placeholder on either side) are kept apart.
                existing = null;
            }

            var network = new VirtualNetwork(existing?.Identity ?? IdentityOf(id, address), displayName, declaration)
            {
                ResourceId = id,
                IsDefined = true,
            };
            if (existing != null)
            {
                network.HasGateway = existing.HasGateway;
                network.MayHaveUnseenGateway = existing.MayHaveUnseenGateway;
                network.TenantId = existing.TenantId;
                foreach (var gateway in existing.GatewayDeployments)
                {
                    network.GatewayDeployments.Add(gateway);
                }
            }

            topology.Networks.Add(network);
            byIdentity[network.Identity] = network;
            return byAddress[address] = network;
        }

        /// <summary>The VNet an id names or is inside of; created as referenced (not defined) when the run has none.</summary>
        public VirtualNetwork? NetworkOf(ArmResourceId id)
        {
            var vnetId = id.EnclosingVirtualNetwork();
            if (vnetId == null)
            {
                return null;
            }

            var identity = ResourceIdentity.Of(vnetId);
            // A definition anchors a match through a placeholder; two mere references (of two root modules naming a VNet
            // of unknown subscription) may be two VNets, so only an exact match joins them.
            if (Find(vnetId) is VirtualNetwork known && (known.IsDefined || known.Identity.Equals(identity)))
            {
                return known;
            }

            var network = new VirtualNetwork(identity, vnetId.Name, null) { ResourceId = vnetId };
            topology.Networks.Add(network);
            return byIdentity[identity] = network;
        }

        /// <summary>The VNet of a Terraform address: a VNet resource or data source, or a subnet resource inside one.</summary>
        public VirtualNetwork? ByAddress(string address) => byAddress.TryGetValue(address, out var network) ? network : null;

        /// <summary>Names a VNet by a Terraform address (a data source, a subnet resource, an azapi VNet).</summary>
        public void Alias(string address, VirtualNetwork network) => byAddress[address] = network;

        public RouteTable RouteTable(ArmResourceId? id, string address, string displayName, SourceLocation? declaration)
        {
            var identity = IdentityOf(id, address);
            var table = FindTable(identity) ?? Add(new RouteTable(identity, displayName, declaration));
            return tablesByAddress[address] = table;
        }

        public RouteTable? TableByAddress(string address) => tablesByAddress.TryGetValue(address, out var table) ? table : null;

        public RouteTable? TableById(ArmResourceId id) => FindTable(ResourceIdentity.Of(id));

        /// <summary>
        /// A resource by its id; without one, by its Terraform address, which names one resource across the run as a
        /// holder names the resource it holds.
        /// </summary>
        private static ResourceIdentity IdentityOf(ArmResourceId? id, string address) =>
            id != null ? ResourceIdentity.Of(id) : ResourceIdentity.HeldBy("terraform:" + address);

        private RouteTable Add(RouteTable table)
        {
            topology.RouteTables.Add(table);
            return tablesByIdentity[table.Identity] = table;
        }

        private RouteTable? FindTable(ResourceIdentity identity)
        {
            if (tablesByIdentity.TryGetValue(identity, out var table))
            {
                return table;
            }

            var id = identity.ResourceId;
            return id == null ? null : Best(tablesByIdentity.Values.Select(t => (t, t.Identity.ResourceId)), id);
        }

        /// <summary>
        /// The VNet an id names: exactly, else the one candidate that shares the most segments with it exactly (a VNet
        /// of the same root module shares its subscription placeholder), else none when that is ambiguous.
        /// </summary>
        private VirtualNetwork? Find(ArmResourceId id)
        {
            if (byIdentity.TryGetValue(ResourceIdentity.Of(id), out var exact))
            {
                return exact;
            }

            return Best(byIdentity.Values.Select(n => (n, n.ResourceId)), id);
        }

        private static T? Best<T>(IEnumerable<(T Item, ArmResourceId? Id)> candidates, ArmResourceId id)
            where T : class
        {
            var best = candidates
                .Where(c => c.Id?.MayNameSameResource(id) == true)
                .GroupBy(c => (Same(c.Id!.SubscriptionId, id.SubscriptionId) * 2) + Same(c.Id!.ResourceGroup, id.ResourceGroup))
                .OrderByDescending(g => g.Key)
                .FirstOrDefault()?
                .ToList();
            return best?.Count == 1 ? best[0].Item : null;
        }

        private static int Same(string? a, string? b) => string.Equals(a, b, System.StringComparison.OrdinalIgnoreCase) ? 1 : 0;
    }
}
