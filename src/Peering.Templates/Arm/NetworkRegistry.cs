using System.Collections.Generic;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Templates.Arm
{
    /// <summary>
    /// The VNets and route tables of a run by identity (their normalised resource id), so a VNet declared in one file and
    /// named by id in another is one VNet. What is only referenced is created on first sight as not defined.
    /// </summary>
    internal sealed class NetworkRegistry
    {
        private readonly Topology topology;
        private readonly Dictionary<ResourceIdentity, VirtualNetwork> networks = new Dictionary<ResourceIdentity, VirtualNetwork>();
        private readonly Dictionary<ResourceIdentity, RouteTable> routeTables = new Dictionary<ResourceIdentity, RouteTable>();

        public NetworkRegistry(Topology topology)
        {
            this.topology = topology;
        }

        public VirtualNetwork? Find(ResourceIdentity identity) => networks.TryGetValue(identity, out var network) ? network : null;

        public VirtualNetwork Add(VirtualNetwork network)
        {
            networks.Add(network.Identity, network);
            topology.Networks.Add(network);
            return network;
        }

        /// <summary>The VNet an id names: a VNet's id or the id of something inside it (a subnet). Null for other resources.</summary>
        public VirtualNetwork? NetworkOf(ArmResourceId id)
        {
            var vnetId = id.EnclosingVirtualNetwork();
            if (vnetId == null)
            {
                return null;
            }

            var identity = ResourceIdentity.Of(vnetId);
            return Find(identity) ?? Add(new VirtualNetwork(identity, vnetId.Name, null) { ResourceId = vnetId });
        }

        /// <summary>The route table <paramref name="id"/> names, created (without a declaration) when no template declares it.</summary>
        public RouteTable RouteTable(ArmResourceId id, object? declaration)
        {
            var identity = ResourceIdentity.Of(id);
            if (!routeTables.TryGetValue(identity, out var table))
            {
                table = new RouteTable(identity, id.Name, declaration);
                routeTables.Add(identity, table);
                topology.RouteTables.Add(table);
            }

            return table;
        }
    }
}
