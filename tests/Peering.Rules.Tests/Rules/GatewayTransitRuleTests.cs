using Peering.Rules.Catalogue;
using Peering.Rules.Checks;
using Peering.Rules.Model;
using Peering.Rules.Profiles;
using static Peering.Rules.Tests.Rules.TopologyBuilder;

namespace Peering.Rules.Tests.Rules
{
    /// <summary>PEER103-PEER107: facts about gateways and the other side of the pair.</summary>
    public sealed class GatewayTransitRuleTests
    {
        [Fact]
        public void PEER103_reports_once_on_the_later_of_two_peerings_that_both_use_remote_gateways()
        {
            var t = new TopologyBuilder();
            var a = t.Network("a");
            var b = t.Network("b");
            t.Pair(a, b, p => p.UseRemoteGateways = Known(true, p.Declaration + ".UseRemoteGateways"));

            var finding = Assert.Single(t.Run(new BothSidesUseRemoteGatewaysRule()));
            Assert.Equal("peering b-to-a.UseRemoteGateways", finding.Location);
            Assert.Equal(new object[] { "peering a-to-b.UseRemoteGateways" }, finding.AdditionalLocations);
            Assert.Contains("'b-to-a' of VNet 'b'", finding.Message);
            Assert.Contains("'a-to-b' of VNet 'a'", finding.Message);
            Assert.Equal(RuleSeverity.Error, finding.Severity);
        }

        [Fact]
        public void PEER103_is_silent_when_one_side_is_conditional_unknown_or_false()
        {
            foreach (var other in new[] { Fact<bool>.Unknown, Known(false), Fact<bool>.Absent(null) })
            {
                var t = new TopologyBuilder();
                var a = t.Network("a");
                var b = t.Network("b");
                t.Peering(a, b, "a-to-b", p => p.UseRemoteGateways = Known(true));
                t.Peering(b, a, "b-to-a", p => p.UseRemoteGateways = other);
                Assert.Empty(t.Run(new BothSidesUseRemoteGatewaysRule()));
            }

            var c = new TopologyBuilder();
            var x = c.Network("x");
            var y = c.Network("y");
            c.Peering(x, y, "x-to-y", p => p.UseRemoteGateways = Known(true));
            c.Peering(y, x, "y-to-x", p => { p.UseRemoteGateways = Known(true); p.IsConditional = true; });
            Assert.Empty(c.Run(new BothSidesUseRemoteGatewaysRule()));
        }

        [Fact]
        public void PEER104_reports_a_remote_without_gateway_only_under_a_closed_world()
        {
            var t = new TopologyBuilder();
            var spoke = t.Network("spoke");
            var hub = t.Network("hub");
            t.Peering(spoke, hub, "spoke-to-hub", p => p.UseRemoteGateways = Known(true, "spoke-to-hub.UseRemoteGateways"));

            Assert.Empty(t.Run(new RemoteGatewayUnavailableRule()));
            var finding = Assert.Single(t.Run(new RemoteGatewayUnavailableRule(), closedWorld: true));
            Assert.Equal("spoke-to-hub.UseRemoteGateways", finding.Location);
            Assert.Equal(RemoteGatewayUnavailableRule.CaseNoGateway, finding.Properties[RemoteGatewayUnavailableRule.CaseProperty]);
            Assert.Contains("VNet 'hub' has no gateway", finding.Message);
            Assert.Contains("RemoteVnetHasNoGateways", finding.Message);
        }

        [Fact]
        public void PEER104_reports_a_remote_known_to_have_no_gateway_without_a_closed_world()
        {
            var t = new TopologyBuilder();
            var spoke = t.Network("spoke");
            var hub = t.Network("hub", gateway: false, defined: false);
            t.Peering(spoke, hub, "spoke-to-hub", p => { p.UseRemoteGateways = Known(true); p.IsConditional = true; });

            Assert.Single(t.Run(new RemoteGatewayUnavailableRule()));
        }

        [Fact]
        public void PEER104_is_silent_under_a_closed_world_for_a_remote_that_is_only_referenced()
        {
            var t = new TopologyBuilder();
            var spoke = t.Network("spoke");
            var hub = t.Network("hub", defined: false);
            t.Peering(spoke, hub, "spoke-to-hub", p => p.UseRemoteGateways = Known(true));

            Assert.Empty(t.Run(new RemoteGatewayUnavailableRule(), closedWorld: true));
        }

        [Fact]
        public void PEER104_reports_a_reverse_peering_that_does_not_allow_transit_absent_counting_as_false()
        {
            foreach (var transit in new[] { Fact<bool>.Absent("hub-to-spoke"), Known(false, "hub-to-spoke.AllowGatewayTransit") })
            {
                var t = new TopologyBuilder();
                var spoke = t.Network("spoke");
                var hub = t.Network("hub", gateway: true);
                t.Peering(spoke, hub, "spoke-to-hub", p => p.UseRemoteGateways = Known(true));
                t.Peering(hub, spoke, "hub-to-spoke", p => p.AllowGatewayTransit = transit);

                var finding = Assert.Single(t.Run(new RemoteGatewayUnavailableRule(), closedWorld: true));
                Assert.Equal(RemoteGatewayUnavailableRule.CaseNoTransit, finding.Properties[RemoteGatewayUnavailableRule.CaseProperty]);
                Assert.Contains("peering 'hub-to-spoke' of VNet 'hub' does not set AllowGatewayTransit", finding.Message);
                Assert.Contains("does not set AllowGatewayTransit: Azure rejects the peering, and VNet 'spoke' would get no routes through the gateway of VNet 'hub'", finding.Message);
            }
        }

        [Fact]
        public void PEER104_is_silent_when_transit_is_allowed_unknown_or_the_reverse_is_conditional_or_missing()
        {
            var cases = new (Fact<bool> Transit, bool Conditional)[] { (Known(true), false), (Fact<bool>.Unknown, false), (Fact<bool>.Absent(null), true) };
            foreach (var (transit, conditional) in cases)
            {
                var t = new TopologyBuilder();
                var spoke = t.Network("spoke");
                var hub = t.Network("hub", gateway: true);
                t.Peering(spoke, hub, "spoke-to-hub", p => p.UseRemoteGateways = Known(true));
                t.Peering(hub, spoke, "hub-to-spoke", p => { p.AllowGatewayTransit = transit; p.IsConditional = conditional; });
                Assert.Empty(t.Run(new RemoteGatewayUnavailableRule()));
            }

            var alone = new TopologyBuilder();
            alone.Peering(alone.Network("spoke"), alone.Network("hub", gateway: true), "spoke-to-hub", p => p.UseRemoteGateways = Known(true));
            Assert.Empty(alone.Run(new RemoteGatewayUnavailableRule(), closedWorld: true));
        }

        [Fact]
        public void PEER105_reports_use_of_a_remote_gateway_from_a_VNet_with_its_own_gateway()
        {
            var t = new TopologyBuilder();
            var spoke = t.Network("spoke", gateway: true);
            var hub = t.Network("hub");
            t.Peering(spoke, hub, "spoke-to-hub", p => { p.UseRemoteGateways = Known(true, "flag"); p.IsConditional = true; });

            var finding = Assert.Single(t.Run(new LocalGatewayWithRemoteGatewaysRule()));
            Assert.Equal("flag", finding.Location);
            Assert.Contains("VNet 'spoke' has a gateway of its own", finding.Message);
        }

        [Fact]
        public void PEER105_is_silent_when_the_local_gateway_is_unknown_or_the_flag_is_not_set()
        {
            var t = new TopologyBuilder();
            var spoke = t.Network("spoke");
            var hub = t.Network("hub", gateway: true);
            t.Peering(spoke, hub, "spoke-to-hub", p => p.UseRemoteGateways = Known(true));
            t.Peering(hub, spoke, "hub-to-spoke", p => p.UseRemoteGateways = Fact<bool>.Unknown);

            Assert.Empty(t.Run(new LocalGatewayWithRemoteGatewaysRule(), closedWorld: true));
        }

        [Fact]
        public void PEER106_reports_every_unconditional_use_after_the_first()
        {
            var t = new TopologyBuilder();
            var spoke = t.Network("spoke");
            var hub1 = t.Network("hub1");
            var hub2 = t.Network("hub2");
            var hub3 = t.Network("hub3");
            t.Peering(spoke, hub1, "to-hub1", p => p.UseRemoteGateways = Known(true, "to-hub1.flag"));
            t.Peering(spoke, hub2, "to-hub2", p => p.UseRemoteGateways = Known(true, "to-hub2.flag"));
            t.Peering(spoke, hub3, "to-hub3", p => { p.UseRemoteGateways = Known(true, "to-hub3.flag"); p.IsConditional = true; });

            var finding = Assert.Single(t.Run(new SeveralRemoteGatewaysRule()));
            Assert.Equal("to-hub2.flag", finding.Location);
            Assert.Equal(new object[] { "to-hub1.flag" }, finding.AdditionalLocations);
            Assert.Contains("towards VNet 'hub2'", finding.Message);
            Assert.Contains("already uses the gateway of VNet 'hub1'", finding.Message);
        }

        [Fact]
        public void PEER106_does_not_crash_or_report_across_VNets_or_with_an_unknown_remote()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub");
            t.Peering(t.Network("a"), hub, "a-to-hub", p => p.UseRemoteGateways = Known(true));
            t.Peering(t.Network("b"), hub, "b-to-hub", p => p.UseRemoteGateways = Known(true));
            var c = t.Network("c");
            t.Topology.Peerings.Add(new VirtualNetworkPeering("unknown 1") { Parent = c, UseRemoteGateways = Known(true) });
            t.Topology.Peerings.Add(new VirtualNetworkPeering("unknown 2") { Parent = c, UseRemoteGateways = Known(true, "unknown 2.flag") });

            var finding = Assert.Single(t.Run(new SeveralRemoteGatewaysRule()));
            Assert.Equal("unknown 2.flag", finding.Location);
            Assert.Contains("an unknown VNet", finding.Message);
        }

        [Fact]
        public void PEER107_reports_transit_from_a_VNet_without_gateway_only_when_that_is_known()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub");
            var spoke = t.Network("spoke");
            t.Peering(hub, spoke, "hub-to-spoke", p => p.AllowGatewayTransit = Known(true, "hub-to-spoke.AllowGatewayTransit"));

            Assert.Empty(t.Run(new TransitWithoutGatewayRule()));
            var finding = Assert.Single(t.Run(new TransitWithoutGatewayRule(), closedWorld: true));
            Assert.Equal("hub-to-spoke.AllowGatewayTransit", finding.Location);
            Assert.Equal(RuleSeverity.Info, finding.Severity);
            Assert.Contains("VNet 'hub' has no gateway or Route Server", finding.Message);
        }

        [Fact]
        public void PEER107_is_silent_for_a_VNet_with_a_gateway()
        {
            var t = new TopologyBuilder();
            t.Peering(t.Network("hub", gateway: true), t.Network("spoke"), "hub-to-spoke", p => p.AllowGatewayTransit = Known(true));
            Assert.Empty(t.Run(new TransitWithoutGatewayRule(), PlatformProfile.October2017, closedWorld: true));
        }

        [Fact]
        public void Gateway_facts_are_read_from_the_VNet_the_topology_defines_under_the_same_key()
        {
            var t = new TopologyBuilder();
            var spoke = t.Network("spoke");
            t.Network("hub", gateway: false);
            var reference = new VirtualNetwork(TopologyBuilder.Named("hub"), "hub", null);
            t.Peering(spoke, reference, "spoke-to-hub", p => p.UseRemoteGateways = Known(true));

            Assert.Contains("has no gateway", Assert.Single(t.Run(new RemoteGatewayUnavailableRule())).Message);
        }
    }
}
