using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Catalogue;
using Peering.Rules.Checks;
using Peering.Rules.Model;
using Peering.Rules.Profiles;
using static Peering.Rules.Tests.Rules.TopologyBuilder;

namespace Peering.Rules.Tests.Rules
{
    /// <summary>
    /// Subnet peering and IPv6-only peering in PEER201 and PEER202, PEER206 and the subnet limit of PEER501. The VNets
    /// follow the subnet-peering how-to's picture: A and C share 10.1.0.0/16, A's subnet4 lies in its own 10.0.0.0/16 and
    /// C's subnet5 in its own 10.6.0.0/16.
    /// </summary>
    public sealed class SubnetPeeringRuleTests
    {
        private static (TopologyBuilder T, VirtualNetwork A, VirtualNetwork C) HowToNetworks()
        {
            var t = new TopologyBuilder();
            var a = t.Network("a", "10.1.0.0/16, 10.0.0.0/16");
            t.Subnet(a, "subnet1", "10.1.1.0/24");
            t.Subnet(a, "subnet4", "10.0.1.0/24");
            var c = t.Network("c", "10.1.0.0/16, 10.6.0.0/16");
            t.Subnet(c, "subnet5", "10.6.1.0/24");
            t.Subnet(c, "subnet6", "10.1.1.0/24");
            return (t, a, c);
        }

        [Fact]
        public void PEER201_is_silent_for_a_subnet_peering_of_overlapping_VNets_whose_peered_subnets_lie_in_unique_ranges()
        {
            var (t, a, c) = HowToNetworks();
            t.SubnetPair(a, "subnet4", c, "subnet5");

            Assert.Empty(t.Run(new PeeredAddressSpaceOverlapRule()));
            Assert.Empty(t.Undecided(new PeeredAddressSpaceOverlapRule()));
        }

        [Fact]
        public void PEER201_reports_a_peered_subnet_in_a_range_the_other_VNet_shares_naming_subnet_prefix_and_ranges()
        {
            var (t, a, c) = HowToNetworks();
            t.SubnetPair(a, "subnet1, subnet4", c, "subnet5");

            var finding = Assert.Single(t.Run(new PeeredAddressSpaceOverlapRule()));
            Assert.Equal("peering a-to-c", finding.Location);
            Assert.Equal(
                "Peering 'a-to-c' of VNet 'a' links VNet 'a' and VNet 'c' by subnet peering, but each peered subnet must lie in an address range the other VNet does not have: "
                + "subnet 'subnet1' of VNet 'a' (10.1.1.0/24) lies in 10.1.0.0/16, which overlaps 10.1.0.0/16 of VNet 'c': Azure rejects the peering with VnetAddressSpacesOverlap",
                finding.Message);
            Assert.Contains("a 10.1.0.0/16", finding.AdditionalLocations);
            Assert.Contains("c 10.1.0.0/16", finding.AdditionalLocations);
            Assert.Contains("peering c-to-a", finding.AdditionalLocations);
        }

        [Fact]
        public void PEER201_reports_peered_subnets_that_overlap_each_other()
        {
            var (t, a, c) = HowToNetworks();
            t.SubnetPair(a, "subnet1", c, "subnet6");

            var finding = Assert.Single(t.Run(new PeeredAddressSpaceOverlapRule()));
            Assert.Contains("peered subnets subnet 'subnet1' of VNet 'a' (10.1.1.0/24) and subnet 'subnet6' of VNet 'c' (10.1.1.0/24) overlap", finding.Message);
            Assert.Contains("subnet 'subnet6' of VNet 'c' (10.1.1.0/24) lies in 10.1.0.0/16", finding.Message);
        }

        [Fact]
        public void PEER201_stays_silent_when_what_decides_a_subnet_peering_is_unknown_and_names_the_recorded_cause()
        {
            var (t, a, c) = HowToNetworks();
            var (there, back) = t.SubnetPair(a, "subnet1", c, "subnet5");
            there.LocalSubnetNames = UnknownBecause<IReadOnlyList<string>>("names");
            back.RemoteSubnetNames = UnknownBecause<IReadOnlyList<string>>("names");
            Assert.Empty(t.Run(new PeeredAddressSpaceOverlapRule()));
            Assert.Equal(new[] { "PEER201 needed names" }, t.Undecided(new PeeredAddressSpaceOverlapRule()));

            var (t2, a2, c2) = HowToNetworks();
            a2.Subnets[0].AddressPrefixes = UnknownBecause<IReadOnlyList<NetworkPrefix>>("prefix");
            t2.SubnetPair(a2, "subnet1", c2, "subnet5");
            Assert.Empty(t2.Run(new PeeredAddressSpaceOverlapRule()));
            Assert.Equal(new[] { "PEER201 needed prefix" }, t2.Undecided(new PeeredAddressSpaceOverlapRule()));

            // Whether the link is a subnet peering at all decides whether the shared 10.1.0.0/16 counts.
            var (t3, a3, c3) = HowToNetworks();
            t3.Pair(a3, c3, p => p.PeerCompleteVirtualNetworks = UnknownBecause<bool>("complete"));
            Assert.Empty(t3.Run(new PeeredAddressSpaceOverlapRule()));
            Assert.Equal(new[] { "PEER201 needed complete" }, t3.Undecided(new PeeredAddressSpaceOverlapRule()));

            // A peered subnet the VNet's known subnets do not include: PEER206's finding, not an overlap.
            var (t4, a4, c4) = HowToNetworks();
            t4.SubnetPair(a4, "missing", c4, "subnet5");
            Assert.Empty(t4.Run(new PeeredAddressSpaceOverlapRule()));
        }

        [Fact]
        public void PEER201_under_2017_10_judges_a_subnet_peering_on_the_complete_address_spaces_and_says_so()
        {
            var (t, a, c) = HowToNetworks();
            t.SubnetPair(a, "subnet4", c, "subnet5");

            var finding = Assert.Single(t.Run(new PeeredAddressSpaceOverlapRule(), PlatformProfile.October2017));
            Assert.Contains("whose address spaces overlap (10.1.0.0/16 overlaps 10.1.0.0/16)", finding.Message);
            Assert.EndsWith("(the 2017-10 profile has no subnet or IPv6-only peering, so the complete address spaces count)", finding.Message);
        }

        [Fact]
        public void PEER201_with_IPv6_only_peering_counts_IPv6_ranges_only()
        {
            var t = new TopologyBuilder();
            var a = t.Network("a", "10.0.0.0/16, fd00:a::/48");
            var b = t.Network("b", "10.0.0.0/16, fd00:b::/48");
            t.Pair(a, b, p => p.EnableOnlyIPv6Peering = Known(true));
            Assert.Empty(t.Run(new PeeredAddressSpaceOverlapRule()));

            var overlapping = new TopologyBuilder();
            var x = overlapping.Network("x", "10.0.0.0/16, fd00:a::/48");
            var y = overlapping.Network("y", "10.0.0.0/16, fd00:a:0:1::/64");
            overlapping.Pair(x, y, p => p.EnableOnlyIPv6Peering = Known(true));
            var finding = Assert.Single(overlapping.Run(new PeeredAddressSpaceOverlapRule()));
            Assert.Contains("(fd00:a::/48 overlaps fd00:a:0:1::/64)", finding.Message);
            Assert.DoesNotContain("10.0.0.0/16", finding.Message);

            // Not knowing whether only IPv6 is peered leaves the IPv4 overlap undecided.
            var unknown = new TopologyBuilder();
            unknown.Pair(unknown.Network("a", "10.0.0.0/16, fd00:a::/48"), unknown.Network("b", "10.0.0.0/16, fd00:b::/48"), p => p.EnableOnlyIPv6Peering = UnknownBecause<bool>("ipv6"));
            Assert.Empty(unknown.Run(new PeeredAddressSpaceOverlapRule()));
            Assert.Equal(new[] { "PEER201 needed ipv6" }, unknown.Undecided(new PeeredAddressSpaceOverlapRule()));
        }

        [Fact]
        public void PEER201_with_IPv6_only_subnet_peering_ignores_the_IPv4_ranges_of_dual_stack_subnets()
        {
            var t = new TopologyBuilder();
            var a = t.Network("a", "10.1.0.0/16, fd00:a::/48");
            t.Subnet(a, "app", "10.1.1.0/24, fd00:a:0:1::/64");
            var c = t.Network("c", "10.1.0.0/16, fd00:c::/48");
            t.Subnet(c, "db", "10.1.2.0/24, fd00:c:0:1::/64");
            t.SubnetPair(a, "app", c, "db", onlyIPv6: true);

            Assert.Empty(t.Run(new PeeredAddressSpaceOverlapRule()));
            Assert.Single(t.Run(new PeeredAddressSpaceOverlapRule(), PlatformProfile.October2017));
        }

        [Fact]
        public void PEER202_compares_spokes_joined_by_subnet_peering_by_their_peered_subnets()
        {
            TopologyBuilder Spokes(string secondPeeredPrefix)
            {
                var t = new TopologyBuilder();
                var hub = t.Network("hub", "10.0.0.0/16");
                t.Subnet(hub, "shared", "10.0.1.0/24");
                var first = t.Network("spoke1", "10.1.0.0/16");
                t.Subnet(first, "app", "10.1.1.0/24");
                var second = t.Network("spoke2", "10.1.0.0/16");
                t.Subnet(second, "web", secondPeeredPrefix);
                t.SubnetPair(hub, "shared", first, "app");
                t.SubnetPair(hub, "shared", second, "web");
                return t;
            }

            Assert.Empty(Spokes("10.1.2.0/24").Run(new HubAddressSpaceOverlapRule()));

            var finding = Assert.Single(Spokes("10.1.1.0/25").Run(new HubAddressSpaceOverlapRule()));
            Assert.Equal("peering hub-to-spoke2", finding.Location);
            Assert.Contains("VNet 'spoke2' with peered subnet 'web' overlaps VNet 'spoke1' with peered subnet 'app' (10.1.1.0/25 overlaps 10.1.1.0/24)", finding.Message);

            // The 2017-10 profile has no subnet peering: the spokes' complete address spaces overlap.
            var october = Assert.Single(Spokes("10.1.2.0/24").Run(new HubAddressSpaceOverlapRule(), PlatformProfile.October2017));
            Assert.Contains("VNet 'spoke2' overlaps VNet 'spoke1' (10.1.0.0/16 overlaps 10.1.0.0/16)", october.Message);
        }

        [Fact]
        public void PEER202_leaves_out_a_spoke_whose_peered_subnets_are_not_known()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub", "10.0.0.0/16");
            t.Subnet(hub, "shared", "10.0.1.0/24");
            var first = t.Network("spoke1", "10.1.0.0/16");
            var second = t.Network("spoke2", "10.1.0.0/16");
            t.Subnet(second, "web", "10.1.1.0/24");
            t.Pair(hub, first);
            var (there, _) = t.SubnetPair(hub, "shared", second, "web");
            there.RemoteSubnetNames = UnknownBecause<IReadOnlyList<string>>("names");

            Assert.Empty(t.Run(new HubAddressSpaceOverlapRule()));
            Assert.Contains("PEER202 needed names", t.Undecided(new HubAddressSpaceOverlapRule()));
        }

        [Fact]
        public void PEER206_reports_a_peered_subnet_that_a_VNet_with_known_subnets_does_not_have()
        {
            var (t, a, c) = HowToNetworks();
            t.Peering(a, c, "a-to-c", SubnetPeering("subnet4, cache", "subnet5"));
            t.Peering(c, a, "c-to-a", SubnetPeering("subnet5, Subnet7", "subnet4, cache"));

            var findings = t.Run(new MissingPeeredSubnetRule());

            Assert.Equal(new[] { "peering a-to-c", "peering c-to-a" }, findings.Select(f => (string)f.Location!));
            Assert.Equal(
                "Peering 'a-to-c' of VNet 'a' is a subnet peering to VNet 'c' that names subnet 'cache' of VNet 'a', which has only subnets 'subnet1', 'subnet4': "
                + "a subnet that does not exist can carry no traffic over the peering",
                findings[0].Message);
            Assert.Contains("subnet 'Subnet7' of VNet 'c', which has only subnets 'subnet5', 'subnet6', and subnet 'cache' of VNet 'a'", findings[1].Message);
            Assert.Contains("a.Subnets", findings[0].AdditionalLocations);
            Assert.All(findings, f => Assert.Equal(RuleSeverity.Error, f.Severity));
        }

        [Fact]
        public void PEER206_is_silent_for_existing_subnets_other_casing_complete_peerings_unknown_lists_and_2017_10()
        {
            var (t, a, c) = HowToNetworks();
            t.SubnetPair(a, "SUBNET4", c, "subnet5");
            t.Pair(t.Network("x", "10.8.0.0/16"), c, p => p.LocalSubnetNames = Known<IReadOnlyList<string>>(new[] { "nothing" }));
            Assert.Empty(t.Run(new MissingPeeredSubnetRule()));

            var (open, a2, c2) = HowToNetworks();
            a2.SubnetsComplete = UnknownBecause<bool>("subnet loop");
            open.SubnetPair(a2, "cache", c2, "subnet5");
            Assert.Empty(open.Run(new MissingPeeredSubnetRule()));
            Assert.Equal(new[] { "PEER206 needed subnet loop" }, open.Undecided(new MissingPeeredSubnetRule()));

            var (october, a3, c3) = HowToNetworks();
            october.SubnetPair(a3, "cache", c3, "subnet5");
            Assert.Equal(2, october.Run(new MissingPeeredSubnetRule()).Count);
            Assert.Empty(october.Run(new MissingPeeredSubnetRule(), PlatformProfile.October2017));
        }

        [Fact]
        public void PEER501_reports_more_than_200_subnets_on_one_side_of_a_subnet_peering()
        {
            TopologyBuilder Peered(int localCount)
            {
                var t = new TopologyBuilder();
                var a = t.Network("a", "10.0.0.0/8");
                var b = t.Network("b", "172.16.0.0/12");
                var names = string.Join(",", Enumerable.Range(0, localCount).Select(i => "s" + i));
                t.Peering(a, b, "a-to-b", SubnetPeering(names, "db"));
                return t;
            }

            var finding = Assert.Single(Peered(201).Run(new PeeringLimitRule()));
            Assert.Equal("peering a-to-b", finding.Location);
            Assert.Equal("Peering 'a-to-b' of VNet 'a' is a subnet peering of 201 subnets of VNet 'a', more than the 200 subnets one side of a subnet peering can have", finding.Message);
            Assert.Empty(Peered(200).Run(new PeeringLimitRule()));
            Assert.Empty(Peered(201).Run(new PeeringLimitRule(), PlatformProfile.October2017));
        }
    }
}
