using System.Collections.Generic;
using Peering.Rules.Catalogue;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Rules.Checks
{
    /// <summary>PEER201: the address spaces of two peered VNets overlap (VnetAddressSpacesOverlap).</summary>
    public sealed class PeeredAddressSpaceOverlapRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER201;

        public void Check(Topology topology, FindingSink sink)
        {
            var index = PeeringIndex.For(topology);
            var reportedPairs = new HashSet<(ResourceIdentity, ResourceIdentity)>();
            // A conditional peering is still reported: it fails whenever it is created.
            foreach (var (peering, local, remote) in index.PeeringsBetweenNetworks(Rule, sink, local => local.AddressPrefixes.IsKnown))
            {
                sink.Need(Rule, local.AddressPrefixes);
                sink.Need(Rule, remote.AddressPrefixes);
                var overlaps = AddressOverlap.Between(local, remote);
                if (overlaps.Count == 0 || reportedPairs.Contains((remote.Identity, local.Identity)) || !reportedPairs.Add((local.Identity, remote.Identity)))
                {
                    continue;
                }

                var places = new List<object>(AddressOverlap.Sources(overlaps));
                var reverses = index.ReversesOf(peering);
                if (reverses.Count > 0)
                {
                    places.AddRange(Describe.Places(reverses[0].Declaration));
                }

                sink.Report(Rule, peering.Declaration,
                    Describe.Capitalized(Describe.Peering(peering)) + " links " + Describe.Network(local) + " and " + Describe.Network(remote)
                    + ", whose address spaces overlap (" + AddressOverlap.Describe(overlaps) + "): Azure rejects the peering with VnetAddressSpacesOverlap",
                    places);
            }
        }
    }
}
