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

        /// <summary>True when a peering of the topology links <paramref name="network"/> to another VNet.</summary>
        public bool IsPeered(VirtualNetwork network)
        {
            foreach (var peering in Peerings)
            {
                if (SameNetwork(peering.Parent, network) || SameNetwork(peering.RemoteNetwork, network))
                {
                    return true;
                }
            }

            return false;
        }

        public static bool SameNetwork(VirtualNetwork? a, VirtualNetwork? b) =>
            a != null && b != null && (ReferenceEquals(a, b) || a.Key == b.Key);
    }
}
