using System.Collections.Generic;

namespace Peering.Rules.Model
{
    /// <summary>The common model both front ends fill and every rule reads.</summary>
    public sealed class Topology
    {
        public IList<VirtualNetwork> Networks { get; } = new List<VirtualNetwork>();

        public IList<VirtualNetworkPeering> Peerings { get; } = new List<VirtualNetworkPeering>();

        public IList<AddressPrefixUse> AddressPrefixUses { get; } = new List<AddressPrefixUse>();

        public IList<AddressSpaceChange> AddressSpaceChanges { get; } = new List<AddressSpaceChange>();

        public IList<RouteTable> RouteTables { get; } = new List<RouteTable>();

        /// <summary>
        /// Whether <paramref name="network"/> has a gateway: what the source says, and under a closed world
        /// (the analysed set is the whole network) a VNet the source defines without a gateway is known to have none.
        /// </summary>
        public static Fact<bool> GatewayOf(VirtualNetwork network, bool closedWorld) =>
            network.HasGateway.State != FactState.Unknown || !closedWorld || !network.IsDefined || network.MayHaveUnseenGateway
                ? network.HasGateway
                : Fact<bool>.Known(false, network.Declaration);

        public static bool SameNetwork(VirtualNetwork? a, VirtualNetwork? b) =>
            a != null && b != null && (ReferenceEquals(a, b) || a.Identity.Equals(b.Identity));
    }
}
