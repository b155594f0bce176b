using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Addressing;
using Peering.Rules.Catalogue;
using Peering.Rules.Model;

namespace Peering.Rules.Checks
{
    /// <summary>
    /// PEER202: a VNet peered with a hub overlaps another VNet peered with the same hub
    /// (VnetAddressSpaceOverlapsWithAlreadyPeeredVnet). Only the prefixes of VNets that share a hub are compared, in one
    /// sorted sweep per hub, and a spoke that overlaps many others is reported once per hub, not once per pair. A spoke
    /// joined to the hub by subnet peering counts with its peered subnets only, and by IPv6-only peering with its IPv6
    /// ranges only.
    /// </summary>
    public sealed class HubAddressSpaceOverlapRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER202;

        public void Check(Topology topology, FindingSink sink)
        {
            var index = PeeringIndex.For(topology);
            foreach (var (hub, links) in index.Hubs)
            {
                if (links.Count < 2)
                {
                    continue;
                }

                // What a link joins of its spoke: the address space, or the peered subnets of a subnet peering. What is
                // not known may overlap anything.
                var sides = new Dictionary<PeeringIndex.Link, PeeredSide>();
                foreach (var link in links)
                {
                    var side = PeeredAddresses.SideOf(link.FirstUnconditional ?? link.First, link.Network, Rule, sink);
                    if (side.IsKnown)
                    {
                        sides.Add(link, side);
                    }
                }

                var spokes = sides.Keys.ToList();
                var prefixes = spokes.SelectMany((link, owner) => sides[link].Prefixes!.Select(p => (p.Prefix, owner))).ToList();
                var failures = new Dictionary<PeeringIndex.Link, List<PeeringIndex.Link>>();
                foreach (var (i, j) in PrefixSweep.OverlappingOwners(prefixes))
                {
                    AddFailure(index, spokes[i], spokes[j], failures);
                }

                foreach (var failure in failures.OrderBy(f => index.PositionOf(f.Key.First)))
                {
                    var existing = failure.Value.OrderBy(e => index.PositionOf(e.FirstUnconditional!)).ToList();
                    Report(hub, failure.Key, sides[failure.Key], existing, sides[existing[0]], sink);
                }
            }
        }

        /// <summary>Records which of two overlapping spokes fails against the other, if the pair proves anything.</summary>
        private static void AddFailure(PeeringIndex index, PeeringIndex.Link a, PeeringIndex.Link b, Dictionary<PeeringIndex.Link, List<PeeringIndex.Link>> failures)
        {
            // Two VNets peered with each other are PEER201's case; a pair with no certain link proves nothing.
            if (index.LinkBetween(a.Network, b.Network) != null || (!a.IsCertain && !b.IsCertain))
            {
                return;
            }

            // The link that fails is the one made while the other exists: the uncertain one, or else the later one.
            var aFails = !a.IsCertain || (b.IsCertain && index.PositionOf(a.FirstUnconditional!) > index.PositionOf(b.FirstUnconditional!));
            var failing = aFails ? a : b;
            if (!failures.TryGetValue(failing, out var existing))
            {
                existing = new List<PeeringIndex.Link>();
                failures.Add(failing, existing);
            }

            existing.Add(aFails ? b : a);
        }

        /// <summary>One finding per failing spoke and hub, naming the first spoke it overlaps and how many others.</summary>
        private void Report(VirtualNetwork hub, PeeringIndex.Link failing, PeeredSide failingSide, IReadOnlyList<PeeringIndex.Link> existing, PeeredSide firstSide, FindingSink sink)
        {
            var first = existing[0];
            var overlaps = AddressOverlap.Between(failingSide.Prefixes!, firstSide.Prefixes!);
            var others = existing.Count - 1;
            var peering = failing.FirstUnconditional ?? failing.First;
            sink.Report(Rule, peering.Declaration,
                Describe.Capitalized(failingSide.Description) + " overlaps " + firstSide.Description
                + " (" + AddressOverlap.Describe(overlaps) + ")"
                + (others == 0 ? string.Empty : " and " + others + (others == 1 ? " other VNet" : " other VNets"))
                + ", which " + (others == 0 ? "is" : "are") + " already peered with " + Describe.Network(hub)
                + ": Azure rejects " + Describe.Peering(peering) + " with VnetAddressSpaceOverlapsWithAlreadyPeeredVnet" + PeeredAddresses.ProfileNote(peering, sink),
                Describe.Places(first.FirstUnconditional!.Declaration).Concat(AddressOverlap.Sources(overlaps)).ToArray());
        }
    }
}
