using System.Linq;
using Peering.Rules.Catalogue;
using Peering.Rules.Model;

namespace Peering.Rules.Rules
{
    /// <summary>
    /// PEER202: a VNet peered with a hub overlaps another VNet peered with the same hub
    /// (VnetAddressSpaceOverlapsWithAlreadyPeeredVnet). Only VNets that share a hub are compared.
    /// </summary>
    public sealed class HubAddressSpaceOverlapRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER202;

        public void Check(Topology topology, FindingSink sink)
        {
            var index = new PeeringIndex(topology);
            foreach (var (hub, links) in index.Hubs)
            {
                var spokes = links.Where(l => l.Network.AddressPrefixes.IsKnown).ToList();
                for (int i = 0; i < spokes.Count; i++)
                {
                    for (int j = i + 1; j < spokes.Count; j++)
                    {
                        CheckPair(index, hub, spokes[i], spokes[j], sink);
                    }
                }
            }
        }

        private void CheckPair(PeeringIndex index, VirtualNetwork hub, PeeringIndex.Link a, PeeringIndex.Link b, FindingSink sink)
        {
            // Two VNets peered with each other are PEER201's case; a pair with no certain link proves nothing.
            if (index.LinkBetween(a.Network, b.Network) != null || (!a.IsCertain && !b.IsCertain))
            {
                return;
            }

            var overlaps = AddressOverlap.Between(a.Network, b.Network);
            if (overlaps.Count == 0)
            {
                return;
            }

            // The link that fails is the one made while the other exists: the uncertain one, or else the later one.
            var aFails = !a.IsCertain || (b.IsCertain && index.PositionOf(a.FirstUnconditional!) > index.PositionOf(b.FirstUnconditional!));
            var failing = aFails ? a : b;
            var existing = aFails ? b : a;
            var failingOverlaps = aFails ? overlaps : overlaps.Select(o => (o.Right, o.Left)).ToList();
            var peering = failing.FirstUnconditional ?? failing.First;
            sink.Report(Rule, peering.Declaration,
                Describe.Capitalized(Describe.Network(failing.Network)) + " overlaps " + Describe.Network(existing.Network)
                + " (" + AddressOverlap.Describe(failingOverlaps) + "), which is already peered with " + Describe.Network(hub)
                + ": Azure rejects " + Describe.Peering(peering) + " with VnetAddressSpaceOverlapsWithAlreadyPeeredVnet",
                Describe.Places(existing.FirstUnconditional!.Declaration).Concat(AddressOverlap.Sources(failingOverlaps)).ToArray());
        }
    }
}
