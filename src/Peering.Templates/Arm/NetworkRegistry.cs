using System;
using System.Collections.Generic;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Templates.Arm
{
    /// <summary>
    /// The VNets and route tables of a run by normalised resource id, so a VNet declared in one file and named by id
    /// in another is one VNet. What is only referenced is created on first sight as not defined.
    /// </summary>
    internal sealed class NetworkRegistry
    {
        private readonly Topology topology;
        private readonly Dictionary<string, VirtualNetwork> networks = new Dictionary<string, VirtualNetwork>(StringComparer.Ordinal);
        private readonly Dictionary<string, RouteTable> routeTables = new Dictionary<string, RouteTable>(StringComparer.Ordinal);

        public NetworkRegistry(Topology topology)
        {
            this.topology = topology;
        }

        public VirtualNetwork? Find(string key) => networks.TryGetValue(key, out var network) ? network : null;

        public VirtualNetwork Add(VirtualNetwork network)
        {
            networks.Add(network.Key, network);
            topology.Networks.Add(network);
            return network;
        }

        /// <summary>The VNet an id names: a VNet's id or the id of something inside it (a subnet). Null for other resources.</summary>
        public VirtualNetwork? NetworkOf(ArmResourceId id)
        {
            var vnetType = id.ProviderNamespace + "/virtualNetworks";
            if (id.ResourceGroup == null || !id.ResourceType.StartsWith(vnetType, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var vnetId = id.IsVirtualNetwork ? id : ArmResourceId.Parse(
                "/subscriptions/" + id.SubscriptionId + "/resourceGroups/" + id.ResourceGroup + "/providers/" + vnetType + "/" + id.Names[0]).Id;
            if (vnetId == null)
            {
                return null;
            }

            return Find(vnetId.Key) ?? Add(new VirtualNetwork(vnetId.Key, vnetId.Name, null) { ResourceId = vnetId });
        }

        /// <summary>The route table with <paramref name="key"/>, created (without a declaration) when no template declares it.</summary>
        public RouteTable RouteTable(string key, string displayName, object? declaration)
        {
            if (!routeTables.TryGetValue(key, out var table))
            {
                table = new RouteTable(key, displayName, declaration);
                routeTables.Add(key, table);
                topology.RouteTables.Add(table);
            }

            return table;
        }

        public RouteTable? FindRouteTable(string key) => routeTables.TryGetValue(key, out var table) ? table : null;
    }
}
