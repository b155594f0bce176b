using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Addressing;
using Peering.Rules.Catalogue;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Rules.Checks
{
    /// <summary>
    /// PEER201: the address spaces of two peered VNets overlap (VnetAddressSpacesOverlap). A subnet peering is judged by
    /// its peered subnets: each must lie in an address range of its VNet that overlaps no range of the other VNet
    /// (Microsoft's subnet-peering how-to); an IPv6-only peering by its IPv6 ranges only.
    /// </summary>
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
                // What a peering joins is part of the address spaces: no overlap there, none in what it joins.
                var overlaps = AddressOverlap.Between(local, remote);
                if (overlaps.Count == 0 || reportedPairs.Contains((remote.Identity, local.Identity)) || reportedPairs.Contains((local.Identity, remote.Identity)))
                {
                    continue;
                }

                var complete = PeeredAddresses.JoinsCompleteNetworks(peering, Rule, sink);
                if (!complete.IsKnown)
                {
                    continue;
                }

                var counted = PeeredAddresses.Counted(peering, Rule, sink, overlaps.Select(o => o.Left.Prefix));
                var (description, sources) = complete.Value
                    ? CompleteOverlap(overlaps.Where(o => counted(o.Left.Prefix)).ToList())
                    : SubnetOverlap(peering, local, remote, counted, sink);
                if (description == null)
                {
                    continue;
                }

                reportedPairs.Add((local.Identity, remote.Identity));
                var places = new List<object>(sources);
                var reverses = index.ReversesOf(peering);
                if (reverses.Count > 0)
                {
                    places.AddRange(Describe.Places(reverses[0].Declaration));
                }

                sink.Report(Rule, peering.Declaration,
                    Describe.Capitalized(Describe.Peering(peering)) + " links " + Describe.Network(local) + " and " + Describe.Network(remote)
                    + description + ": Azure rejects the peering with VnetAddressSpacesOverlap" + PeeredAddresses.ProfileNote(peering, sink),
                    places);
            }
        }

        private static (string? Description, IReadOnlyList<object> Sources) CompleteOverlap(IReadOnlyList<(NetworkPrefix Left, NetworkPrefix Right)> overlaps) =>
            overlaps.Count == 0
                ? (null, Array.Empty<object>())
                : (", whose address spaces overlap (" + AddressOverlap.Describe(overlaps) + ")", AddressOverlap.Sources(overlaps));

        /// <summary>
        /// The peered subnets of a subnet peering that lie in an address range the other VNet shares, and the peered subnets
        /// of the two sides that overlap each other, described for the message; null when there are none.
        /// </summary>
        private (string? Description, IReadOnlyList<object> Sources) SubnetOverlap(
            VirtualNetworkPeering peering, VirtualNetwork local, VirtualNetwork remote, Func<IpPrefix, bool> counted, FindingSink sink)
        {
            var localSubnets = PeeredAddresses.PeeredSubnets(local, peering.LocalSubnetNames, Rule, sink);
            var remoteSubnets = PeeredAddresses.PeeredSubnets(remote, peering.RemoteSubnetNames, Rule, sink);
            var parts = new List<string>();
            var sources = new List<object?>();
            foreach (var (subnet, prefix, theirs) in PeeredSubnetOverlaps(localSubnets, remoteSubnets, counted))
            {
                parts.Add("peered subnets " + Describe.Subnet(subnet.Subnet, local) + " (" + prefix.Prefix.Text + ") and " + Describe.Subnet(theirs.Subnet, remote)
                    + " (" + theirs.Prefix.Prefix.Text + ") overlap");
                sources.AddRange(new[] { prefix.Source, theirs.Prefix.Source });
            }

            foreach (var (side, subnets, other) in new[] { (local, localSubnets, remote), (remote, remoteSubnets, local) })
            {
                foreach (var (subnet, prefix, range, otherRange) in SharedRanges(side, subnets, other, counted))
                {
                    parts.Add(Describe.Subnet(subnet, side) + " (" + prefix.Prefix.Text + ") lies in " + range.Prefix.Text + ", which overlaps "
                        + otherRange.Prefix.Text + " of " + Describe.Network(other));
                    sources.AddRange(new[] { range.Source, otherRange.Source });
                }
            }

            return parts.Count == 0
                ? (null, Array.Empty<object>())
                : (" by subnet peering, but each peered subnet must lie in an address range the other VNet does not have: " + string.Join("; ", parts), Describe.Places(sources.ToArray()));
        }

        /// <summary>Each peered subnet prefix of one side that overlaps a peered subnet prefix of the other, with the first it overlaps.</summary>
        private static IEnumerable<((Subnet Subnet, IReadOnlyList<NetworkPrefix> Prefixes) Mine, NetworkPrefix Prefix, (Subnet Subnet, NetworkPrefix Prefix) Theirs)> PeeredSubnetOverlaps(
            IReadOnlyList<(Subnet Subnet, IReadOnlyList<NetworkPrefix> Prefixes)> mine, IReadOnlyList<(Subnet Subnet, IReadOnlyList<NetworkPrefix> Prefixes)> theirs, Func<IpPrefix, bool> counted)
        {
            foreach (var subnet in mine)
            {
                foreach (var prefix in subnet.Prefixes.Where(p => counted(p.Prefix)))
                {
                    var overlapping = theirs.SelectMany(t => t.Prefixes.Where(p => counted(p.Prefix) && p.Prefix.Overlaps(prefix.Prefix)).Select(p => (t.Subnet, p))).FirstOrDefault();
                    if (overlapping.Subnet != null)
                    {
                        yield return (subnet, prefix, overlapping);
                    }
                }
            }
        }

        /// <summary>
        /// Each peered subnet prefix of <paramref name="side"/> whose address range (the prefix of the address space that
        /// contains it) overlaps a range of <paramref name="other"/>, with that range and the first it overlaps.
        /// </summary>
        private static IEnumerable<(Subnet Subnet, NetworkPrefix Prefix, NetworkPrefix Range, NetworkPrefix OtherRange)> SharedRanges(
            VirtualNetwork side, IReadOnlyList<(Subnet Subnet, IReadOnlyList<NetworkPrefix> Prefixes)> subnets, VirtualNetwork other, Func<IpPrefix, bool> counted)
        {
            foreach (var (subnet, prefixes) in subnets)
            {
                foreach (var prefix in prefixes.Where(p => counted(p.Prefix)))
                {
                    var shared = side.AddressPrefixes.Value
                        .Where(range => range.Prefix.Contains(prefix.Prefix))
                        .Select(range => (range, otherRange: other.AddressPrefixes.Value.FirstOrDefault(o => counted(o.Prefix) && o.Prefix.Overlaps(range.Prefix))))
                        .FirstOrDefault(r => r.otherRange != null);
                    if (shared.otherRange != null)
                    {
                        yield return (subnet, prefix, shared.range, shared.otherRange);
                    }
                }
            }
        }
    }
}
