using Peering.Rules.Catalogue;
using Peering.Rules.Checks;
using Peering.Rules.Model;
using Peering.Rules.Profiles;

namespace Peering.Rules.Tests.Rules
{
    /// <summary>PEER201, PEER202 and PEER205.</summary>
    public sealed class AddressSpaceRuleTests
    {
        [Fact]
        public void PEER201_reports_overlapping_peered_VNets_once_per_pair_naming_both_and_the_prefixes()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub", "10.0.0.0/16, 192.168.0.0/24");
            var spoke = t.Network("spoke", "10.0.128.0/17");
            t.Pair(hub, spoke);

            var finding = Assert.Single(t.Run(new PeeredAddressSpaceOverlapRule()));
            Assert.Equal("peering hub-to-spoke", finding.Location);
            Assert.Contains("VNet 'hub' and VNet 'spoke'", finding.Message);
            Assert.Contains("10.0.0.0/16 overlaps 10.0.128.0/17", finding.Message);
            Assert.DoesNotContain("192.168", finding.Message);
            Assert.Contains("peering spoke-to-hub", finding.AdditionalLocations);
            Assert.Contains("hub 10.0.0.0/16", finding.AdditionalLocations);
        }

        [Fact]
        public void PEER201_compares_IPv6_prefixes_and_reports_a_conditional_peering()
        {
            var t = new TopologyBuilder();
            var a = t.Network("a", "10.0.0.0/16, fd00:1::/48");
            var b = t.Network("b", "10.1.0.0/16, fd00:1:0:8::/64");
            t.Peering(a, b, "a-to-b", p => p.IsConditional = true);

            var finding = Assert.Single(t.Run(new PeeredAddressSpaceOverlapRule(), PlatformProfile.October2017));
            Assert.Contains("fd00:1::/48 overlaps fd00:1:0:8::/64", finding.Message);
            Assert.Equal(RuleSeverity.Error, finding.Severity);
        }

        [Fact]
        public void PEER201_is_silent_for_disjoint_or_unknown_address_spaces_and_unpeered_overlaps()
        {
            var t = new TopologyBuilder();
            var a = t.Network("a", "10.0.0.0/16");
            var b = t.Network("b", "10.1.0.0/16");
            var unknown = t.Network("unknown");
            t.Network("lonely", "10.0.0.0/16");
            t.Pair(a, b);
            t.Pair(a, unknown);

            Assert.Empty(t.Run(new PeeredAddressSpaceOverlapRule()));
        }

        [Fact]
        public void PEER202_reports_two_overlapping_spokes_of_one_hub_once_on_the_later_link()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub", "10.0.0.0/16");
            var first = t.Network("spoke1", "10.1.0.0/16");
            var second = t.Network("spoke2", "10.1.4.0/24");
            t.Pair(hub, first);
            t.Pair(second, hub);

            var finding = Assert.Single(t.Run(new HubAddressSpaceOverlapRule()));
            Assert.Equal("peering spoke2-to-hub", finding.Location);
            Assert.Contains("VNet 'spoke2' overlaps VNet 'spoke1' (10.1.4.0/24 overlaps 10.1.0.0/16)", finding.Message);
            Assert.Contains("already peered with VNet 'hub'", finding.Message);
            Assert.Contains("peering hub-to-spoke1", finding.AdditionalLocations);
        }

        [Fact]
        public void PEER202_reports_a_spoke_that_overlaps_several_earlier_spokes_once_naming_the_first()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub", "10.0.0.0/16");
            t.Pair(hub, t.Network("spoke1", "10.1.0.0/24"));
            t.Pair(hub, t.Network("spoke2", "10.1.1.0/24"));
            t.Pair(hub, t.Network("spoke3", "10.1.2.0/24"));
            t.Pair(hub, t.Network("wide", "10.1.0.0/16"));

            var finding = Assert.Single(t.Run(new HubAddressSpaceOverlapRule()));
            Assert.Equal("peering hub-to-wide", finding.Location);
            Assert.Contains("VNet 'wide' overlaps VNet 'spoke1' (10.1.0.0/16 overlaps 10.1.0.0/24) and 2 other VNets, which are already peered with VNet 'hub'", finding.Message);
        }

        [Fact]
        public void PEER202_reports_the_conditional_spoke_and_is_silent_when_both_are_conditional()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub", "10.0.0.0/16");
            var conditional = t.Network("conditional", "10.1.0.0/16");
            var certain = t.Network("certain", "10.1.0.0/16");
            t.Peering(conditional, hub, "conditional-to-hub", p => p.IsConditional = true);
            t.Peering(hub, certain, "hub-to-certain");

            var finding = Assert.Single(t.Run(new HubAddressSpaceOverlapRule()));
            Assert.Equal("peering conditional-to-hub", finding.Location);

            var both = new TopologyBuilder();
            var h = both.Network("hub", "10.0.0.0/16");
            both.Peering(both.Network("x", "10.1.0.0/16"), h, "x-to-hub", p => p.IsConditional = true);
            both.Peering(both.Network("y", "10.1.0.0/16"), h, "y-to-hub", p => p.IsConditional = true);
            Assert.Empty(both.Run(new HubAddressSpaceOverlapRule()));
        }

        [Fact]
        public void PEER202_is_silent_for_disjoint_unknown_directly_peered_or_different_hub_spokes()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub", "10.0.0.0/16");
            var other = t.Network("other-hub", "10.9.0.0/16");
            t.Pair(hub, t.Network("a", "10.1.0.0/16"));
            t.Pair(hub, t.Network("b", "10.2.0.0/16"));
            t.Pair(hub, t.Network("unknown"));
            t.Pair(other, t.Network("c", "10.1.0.0/16"));
            var d = t.Network("d", "10.5.0.0/16");
            var e = t.Network("e", "10.5.0.0/24");
            t.Pair(hub, d);
            t.Pair(hub, e);
            t.Pair(d, e);

            Assert.Empty(t.Run(new HubAddressSpaceOverlapRule()));
        }

        [Fact]
        public void PEER205_reports_every_change_of_a_peered_VNet_by_profile()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub", "10.0.0.0/16");
            var spoke = t.Network("spoke", "10.1.0.0/16");
            var alone = t.Network("alone", "10.2.0.0/16");
            t.Peering(spoke, hub, "spoke-to-hub");
            t.Topology.AddressSpaceChanges.Add(new AddressSpaceChange(hub, "adds 10.100.0.0/16", "hub change", followedBySync: true, new object[] { "spoke-to-hub" }));
            t.Topology.AddressSpaceChanges.Add(new AddressSpaceChange(alone, "adds 10.200.0.0/16", "alone change", followedBySync: false, new object[0]));

            var current = Assert.Single(t.Run(new TemplateAddressSpaceChangeRule()));
            Assert.Equal("hub change", current.Location);
            Assert.Equal(RuleSeverity.Warning, current.Severity);
            Assert.Contains("peered VNet 'hub' changes (adds 10.100.0.0/16)", current.Message);
            Assert.Contains("syncRemoteAddressSpace", current.Message);

            var october = Assert.Single(t.Run(new TemplateAddressSpaceChangeRule(), PlatformProfile.October2017));
            Assert.Equal(RuleSeverity.Error, october.Severity);
            Assert.Contains("2017-10 profile does not allow", october.Message);
        }

        [Fact]
        public void PEER203_and_PEER205_agree_on_which_changes_touch_a_peered_VNet()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub");
            var spoke = t.Network("spoke");
            t.Peering(spoke, hub, "spoke-to-hub");
            t.Topology.AddressSpaceChanges.Add(new AddressSpaceChange(new VirtualNetwork(hub.Identity, "hub", null), "adds 10.9.0.0/16", "change", followedBySync: false, new object[0]));

            Assert.Single(t.Run(new PeeredAddressSpaceChangeRule()));
            Assert.Single(t.Run(new TemplateAddressSpaceChangeRule()));
        }
    }
}
