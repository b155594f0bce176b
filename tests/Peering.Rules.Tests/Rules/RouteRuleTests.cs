using System.Linq;
using Peering.Rules.Checks;
using Peering.Rules.Model;
using static Peering.Rules.Tests.Rules.TopologyBuilder;

namespace Peering.Rules.Tests.Rules
{
    /// <summary>PEER305 and PEER306: routes through a hub.</summary>
    public sealed class RouteRuleTests
    {
        [Fact]
        public void PEER305_reports_the_source_and_destination_links_to_the_appliance_VNet_that_lack_forwarded_traffic()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub", "10.0.0.0/16");
            var a = t.Network("a", "10.1.0.0/16");
            var c = t.Network("c", "10.2.0.0/16");
            t.Peering(a, hub, "a-to-hub", p => p.AllowForwardedTraffic = Fact<bool>.Absent(null));
            t.Peering(hub, a, "hub-to-a", p => p.AllowForwardedTraffic = Known(true));
            t.Peering(c, hub, "c-to-hub", p => p.AllowForwardedTraffic = Known(false, "c-to-hub.AllowForwardedTraffic"));
            t.Peering(hub, c, "hub-to-c");
            Route(t.RouteTable("rt-a", a), "to-c", "10.2.0.0/16", "VirtualAppliance", "10.0.1.4");

            var findings = t.Run(new ForwardedTrafficRule());
            Assert.Equal(new object?[] { "peering a-to-hub", "c-to-hub.AllowForwardedTraffic" }, findings.Select(f => f.Location));
            var first = findings[0];
            Assert.Contains("Route 'to-c' of route table 'rt-a' sends traffic from VNet 'a' to 10.2.0.0/16 through the appliance 10.0.1.4 in VNet 'hub'", first.Message);
            Assert.Contains("peering 'a-to-hub' of VNet 'a' does not set AllowForwardedTraffic", first.Message);
            Assert.Equal(new object[] { "route to-c" }, first.AdditionalLocations);
            Assert.Contains("peering 'c-to-hub' of VNet 'c'", findings[1].Message);
        }

        [Fact]
        public void PEER305_is_silent_when_forwarding_is_allowed_or_unknown_or_the_appliance_is_not_in_a_peered_VNet()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub", "10.0.0.0/16");
            var a = t.Network("a", "10.1.0.0/16");
            t.Network("other", "10.3.0.0/16");
            t.Peering(a, hub, "a-to-hub", p => p.AllowForwardedTraffic = Known(true));
            t.Peering(hub, a, "hub-to-a", p => p.AllowForwardedTraffic = Fact<bool>.Unknown);
            var table = t.RouteTable("rt-a", a);
            Route(table, "via-hub", "0.0.0.0/0", "VirtualAppliance", "10.0.1.4");
            Route(table, "via-other", "0.0.0.0/0", "VirtualAppliance", "10.3.0.4");
            Route(table, "unknown-hop", "0.0.0.0/0", "VirtualAppliance", null);
            Route(table, "local", "10.0.0.0/16", "VnetLocal");
            Route(table, "own-vnet", "0.0.0.0/0", "virtualappliance", "10.1.0.4");
            Assert.Empty(t.Run(new ForwardedTrafficRule()));
        }

        [Fact]
        public void PEER305_is_silent_when_the_appliance_VNet_address_space_is_unknown()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub");
            var a = t.Network("a", "10.1.0.0/16");
            t.Pair(a, hub);
            Route(t.RouteTable("rt-a", a), "via-hub", "0.0.0.0/0", "VirtualAppliance", "10.0.1.4");

            Assert.Empty(t.Run(new ForwardedTrafficRule()));
        }

        [Fact]
        public void PEER306_reports_a_VnetLocal_route_to_a_VNet_reached_only_through_a_hub()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub", "10.0.0.0/16");
            var a = t.Network("a", "10.1.0.0/16");
            var c = t.Network("c", "10.2.0.0/16");
            t.Pair(a, hub);
            t.Pair(hub, c);
            var table = t.RouteTable("rt-a", a);
            Route(table, "to-c", "10.2.1.0/24", "VnetLocal");
            Route(table, "to-c-nva", "10.2.0.0/16", "VirtualAppliance", "10.2.0.4");

            var findings = t.Run(new NonTransitiveRouteRule());
            Assert.Equal(new object?[] { "route to-c", "route to-c-nva" }, findings.Select(f => f.Location));
            Assert.Contains("sends traffic from VNet 'a' to 10.2.1.0/24 in VNet 'c' with next hop VnetLocal", findings[0].Message);
            Assert.Contains("not transitive", findings[0].Message);
            Assert.Contains("through VNet 'hub'", findings[0].Message);
            Assert.Contains("through the appliance 10.2.0.4 inside it", findings[1].Message);
        }

        [Fact]
        public void PEER306_is_silent_through_a_hub_appliance_with_a_direct_or_conditional_link_or_unknown_prefixes()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub", "10.0.0.0/16");
            var a = t.Network("a", "10.1.0.0/16");
            var c = t.Network("c", "10.2.0.0/16");
            var d = t.Network("d", "10.4.0.0/16");
            var maybe = t.Network("maybe", "10.5.0.0/16");
            var unknown = t.Network("unknown");
            t.Pair(a, hub);
            t.Pair(hub, c);
            t.Pair(hub, d);
            t.Peering(a, d, "a-to-d", p => p.IsConditional = true);
            t.Peering(hub, maybe, "hub-to-maybe", p => p.IsConditional = true);
            t.Pair(hub, unknown);
            var table = t.RouteTable("rt-a", a);
            Route(table, "via-hub-nva", "10.2.0.0/16", "VirtualAppliance", "10.0.0.4");
            Route(table, "to-d", "10.4.0.0/16", "VnetLocal");
            Route(table, "to-maybe", "10.5.0.0/16", "VnetLocal");
            Route(table, "to-unknown", "10.6.0.0/16", "VnetLocal");
            Route(table, "tag", "Internet", "VnetLocal");
            Route(table, "unknown-dest", null, "VnetLocal");
            Route(table, "unknown-hop", "10.2.0.0/16", null);

            Assert.Empty(t.Run(new NonTransitiveRouteRule()));
        }
    }
}
