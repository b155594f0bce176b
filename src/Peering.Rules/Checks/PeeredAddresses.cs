using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Addressing;
using Peering.Rules.Catalogue;
using Peering.Rules.Model;
using Peering.Rules.Profiles;
using Peering.Rules.Text;

namespace Peering.Rules.Checks
{
    /// <summary>
    /// What of two VNets' address spaces one peering joins, for PEER201 and PEER202: the complete address spaces, or with
    /// subnet peering (<c>peerCompleteVnets = false</c>) only the peered subnets; with IPv6-only peering
    /// (<c>enableOnlyIPv6Peering = true</c>) only IPv6 ranges. Neither existed in October 2017, so under that profile every
    /// peering joins the complete VNets in both families. Unknown settings narrow what is claimed to what holds whichever
    /// value they have.
    /// </summary>
    internal static class PeeredAddresses
    {
        /// <summary>True when the run's profile knows subnet and IPv6-only peering.</summary>
        private static bool KnowsSubnetPeering(FindingSink sink) => sink.Options.Profile != PlatformProfile.October2017;

        /// <summary>
        /// Whether the peering joins the complete VNets: known true for a complete peering (the flag unset included), known
        /// false for subnet peering, unknown (noted as needed by <paramref name="rule"/>) when the flag is.
        /// </summary>
        public static Fact<bool> JoinsCompleteNetworks(VirtualNetworkPeering peering, RuleInfo rule, FindingSink sink)
        {
            if (!KnowsSubnetPeering(sink))
            {
                return Fact<bool>.Known(true, peering.Declaration);
            }

            var complete = sink.Need(rule, peering.PeerCompleteVirtualNetworks);
            return complete.State == FactState.Absent ? Fact<bool>.Known(true, complete.Source) : complete;
        }

        /// <summary>
        /// Whether a prefix counts for the peering: every prefix, or only IPv6 ones when the peering is IPv6-only. An unknown
        /// flag keeps only IPv6, which counts either way; <paramref name="dropped"/> then says whether any prefix it leaves
        /// out would have decided, so that the flag is noted as needed only then.
        /// </summary>
        public static Func<IpPrefix, bool> Counted(VirtualNetworkPeering peering, RuleInfo rule, FindingSink sink, IEnumerable<IpPrefix> dropped)
        {
            if (!KnowsSubnetPeering(sink) || peering.EnableOnlyIPv6Peering.State == FactState.Absent || peering.EnableOnlyIPv6Peering.Is(false))
            {
                return _ => true;
            }

            if (!peering.EnableOnlyIPv6Peering.IsKnown && dropped.Any(p => p.Family != IpFamily.IPv6))
            {
                sink.Need(rule, peering.EnableOnlyIPv6Peering);
            }

            return p => p.Family == IpFamily.IPv6;
        }

        /// <summary>
        /// The peered subnets of <paramref name="network"/> that <paramref name="names"/> lists and whose prefixes are known,
        /// each with those prefixes; a list, subnet or prefix that is not known is noted as needed by
        /// <paramref name="rule"/> and left out. A name the VNet is known not to have is PEER206's finding.
        /// </summary>
        public static IReadOnlyList<(Subnet Subnet, IReadOnlyList<NetworkPrefix> Prefixes)> PeeredSubnets(
            VirtualNetwork network, Fact<IReadOnlyList<string>> names, RuleInfo rule, FindingSink sink)
        {
            var subnets = new List<(Subnet, IReadOnlyList<NetworkPrefix>)>();
            if (!sink.Need(rule, names).IsKnown)
            {
                return subnets;
            }

            foreach (var name in names.Value.Where(n => n != null).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var subnet = sink.Need(rule, network.SubnetNamed(name));
                if (subnet.IsKnown && sink.Need(rule, subnet.Value.AddressPrefixes) is { IsKnown: true } prefixes)
                {
                    subnets.Add((subnet.Value, prefixes.Value));
                }
            }

            return subnets;
        }

        /// <summary>
        /// What <paramref name="peering"/> joins of <paramref name="network"/>, one of its two ends, in the families that
        /// count: the address space for a complete peering, the prefixes of the peered subnets for a subnet peering.
        /// Unknown when a fact that decides it is (noted as needed), or when a peered subnet is not known.
        /// </summary>
        public static PeeredSide SideOf(VirtualNetworkPeering peering, VirtualNetwork network, RuleInfo rule, FindingSink sink)
        {
            var complete = JoinsCompleteNetworks(peering, rule, sink);
            if (!complete.IsKnown)
            {
                return PeeredSide.Unknown(network);
            }

            IReadOnlyList<NetworkPrefix> prefixes;
            string? subnetNames = null;
            if (complete.Value)
            {
                var space = sink.Need(rule, network.AddressPrefixes);
                if (!space.IsKnown)
                {
                    return PeeredSide.Unknown(network);
                }

                prefixes = space.Value;
            }
            else
            {
                var names = Topology.SameNetwork(peering.Parent, network) ? peering.LocalSubnetNames : peering.RemoteSubnetNames;
                var subnets = PeeredSubnets(network, names, rule, sink);
                if (!names.IsKnown || subnets.Count < names.Value.Distinct(StringComparer.OrdinalIgnoreCase).Count())
                {
                    return PeeredSide.Unknown(network);
                }

                prefixes = subnets.SelectMany(s => s.Prefixes).ToArray();
                subnetNames = (subnets.Count == 1 ? "subnet " : "subnets ") + string.Join(", ", subnets.Select(s => DisplayText.Quote(s.Subnet.Name.Value)));
            }

            var counted = Counted(peering, rule, sink, prefixes.Select(p => p.Prefix));
            return new PeeredSide(network, prefixes.Where(p => counted(p.Prefix)).ToArray(), subnetNames);
        }

        /// <summary>
        /// What a message under the 2017-10 profile adds for a peering that today is a subnet or IPv6-only peering: that
        /// profile knows neither, so the peering was judged on the complete address spaces.
        /// </summary>
        public static string ProfileNote(VirtualNetworkPeering peering, FindingSink sink) =>
            !KnowsSubnetPeering(sink) && (peering.PeerCompleteVirtualNetworks.Is(false) || peering.EnableOnlyIPv6Peering.Is(true))
                ? " (the 2017-10 profile has no subnet or IPv6-only peering, so the complete address spaces count)"
                : string.Empty;
    }

    /// <summary>What a peering joins of one of its VNets: prefixes, and which subnets they belong to for a subnet peering.</summary>
    internal sealed class PeeredSide
    {
        public PeeredSide(VirtualNetwork network, IReadOnlyList<NetworkPrefix>? prefixes, string? subnetNames)
        {
            Network = network;
            Prefixes = prefixes;
            SubnetNames = subnetNames;
        }

        public VirtualNetwork Network { get; }

        /// <summary>The prefixes that count; null when they are not known.</summary>
        public IReadOnlyList<NetworkPrefix>? Prefixes { get; }

        /// <summary>"subnets 'app', 'db'": the peered subnets, or null for a complete peering.</summary>
        public string? SubnetNames { get; }

        public bool IsKnown => Prefixes != null;

        /// <summary>"VNet 'spoke'", or "VNet 'spoke' with peered subnets 'app', 'db'".</summary>
        public string Description => Describe.Network(Network) + (SubnetNames == null ? string.Empty : " with peered " + SubnetNames);

        public static PeeredSide Unknown(VirtualNetwork network) => new PeeredSide(network, null, null);
    }
}
