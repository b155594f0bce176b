using System.Collections.Generic;
using Peering.Rules.Checks;
using Peering.Rules.Model;
using Peering.Rules.Profiles;
using static Peering.Rules.Tests.Rules.TopologyBuilder;

namespace Peering.Rules.Tests.Rules
{
    /// <summary>
    /// Rules name the unknown facts that stopped them (FindingSink.Need), when the front end recorded why a fact is
    /// unknown: the template front end turns those into PEER902 and counts every other value it could not evaluate.
    /// </summary>
    public sealed class UndecidedCheckTests
    {
        [Fact]
        public void An_unknown_flag_names_every_rule_it_stopped_and_only_those()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub", "10.0.0.0/16", "westeurope");
            var spoke = t.Network("spoke", "10.1.0.0/16", "westeurope");
            t.Pair(hub, spoke, p =>
            {
                p.UseRemoteGateways = UnknownBecause<bool>("reference");
                p.AllowGatewayTransit = Known(false);
            });

            Assert.Equal(new[] { "PEER101 needed reference" }, t.Undecided(new UseRemoteGatewaysAcrossRegionsRule()));
            Assert.Equal(new[] { "PEER103 needed reference" }, t.Undecided(new BothSidesUseRemoteGatewaysRule()));
            Assert.Equal(new[] { "PEER104 needed reference" }, t.Undecided(new RemoteGatewayUnavailableRule()));
            Assert.Equal(new[] { "PEER105 needed reference" }, t.Undecided(new LocalGatewayWithRemoteGatewaysRule()));

            // Each VNet has one peering only: however the flag is set, no VNet uses two remote gateways.
            Assert.Empty(t.Undecided(new SeveralRemoteGatewaysRule()));

            // AllowGatewayTransit is off, so no value of UseRemoteGateways makes both flags true.
            Assert.Empty(t.Undecided(new ConflictingGatewayFlagsRule()));

            // Rules that do not read the flag, and the findings, are unchanged.
            Assert.Empty(t.Undecided(new BlockedNetworkAccessRule()));
            Assert.Empty(t.Run(new UseRemoteGatewaysAcrossRegionsRule()));
        }

        [Fact]
        public void A_fact_unknown_without_a_recorded_reason_stops_rules_silently()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub", "10.0.0.0/16", "westeurope");
            var spoke = t.Network("spoke", "10.1.0.0/16", "westeurope");
            t.Pair(hub, spoke, p => p.UseRemoteGateways = Fact<bool>.Unknown);

            Assert.All(PeeringRules.All, rule => Assert.Empty(t.Undecided(rule)));
        }

        [Fact]
        public void An_unknown_remote_is_needed_by_the_rules_about_the_remote_and_the_pair()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub", "10.0.0.0/16", "westeurope");
            var spoke = t.Network("spoke", "10.1.0.0/16", "westeurope");
            t.Peering(hub, spoke, "hub-to-spoke");
            t.Peering(spoke, hub, "spoke-to-hub", p => p.Remote = UnknownBecause<RemoteNetworkReference>("hubId"));

            foreach (var rule in new IPeeringRule[] { new InvalidRemoteIdRule(), new SelfPeeringRule(), new PeeredAddressSpaceOverlapRule() })
            {
                Assert.Equal(new[] { rule.Rule.Id + " needed hubId" }, t.Undecided(rule));
            }

            // The peering back from spoke may be the one whose remote is unknown: PEER301 stays silent and says why.
            Assert.Empty(t.Run(new MissingReversePeeringRule()));
            Assert.Equal(new[] { "PEER301 needed hubId" }, t.Undecided(new MissingReversePeeringRule()));

            // Tenants are not known here, so the remote would not decide PEER502; with one peering, spoke has no duplicate.
            Assert.Empty(t.Undecided(new CrossTenantPeeringRule()));
            Assert.Empty(t.Undecided(new DuplicateRemotePeeringRule()));
            t.Peering(spoke, t.Network("other"), "spoke-to-other");
            Assert.Equal(new[] { "PEER303 needed hubId" }, t.Undecided(new DuplicateRemotePeeringRule()));
        }

        [Fact]
        public void A_name_is_needed_for_its_own_check_and_where_it_may_repeat_another()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub");
            var a = t.Network("a");
            var b = t.Network("b");
            t.Peering(hub, a, "to-a", p => p.Name = UnknownBecause<string>("nameA"));

            Assert.Equal(new[] { "PEER403 needed nameA" }, t.Undecided(new InvalidPeeringNameRule()));
            Assert.Empty(t.Undecided(new ReusedPeeringNameRule()));

            t.Peering(hub, b, "to-b");
            Assert.Equal(new[] { "PEER405 needed nameA" }, t.Undecided(new ReusedPeeringNameRule()));
        }

        [Fact]
        public void A_remote_is_needed_for_a_reused_name_only_where_two_peerings_may_share_a_name()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub");
            t.Peering(hub, t.Network("a"), "to-a", p => p.Remote = UnknownBecause<RemoteNetworkReference>("remoteA"));
            t.Peering(hub, t.Network("b"), "to-b");
            Assert.Empty(t.Undecided(new ReusedPeeringNameRule()));

            t.Peering(hub, t.Network("c"), "TO-A");
            Assert.Equal(new[] { "PEER405 needed remoteA" }, t.Undecided(new ReusedPeeringNameRule()));
        }

        [Fact]
        public void A_remote_is_needed_for_classic_gateway_transit_only_where_a_flag_may_be_set()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub");
            var peering = t.Peering(hub, t.Network("classic"), "to-classic", p =>
            {
                p.Remote = UnknownBecause<RemoteNetworkReference>("classicId");
                p.UseRemoteGateways = Known(false);
                p.AllowGatewayTransit = Known(true);
            });

            Assert.Empty(t.Undecided(new ClassicGatewayTransitRule()));
            Assert.Equal(new[] { "PEER108 needed classicId" }, t.Undecided(new ClassicGatewayTransitRule(), PlatformProfile.October2017));
            peering.UseRemoteGateways = Fact<bool>.Unknown;
            Assert.Equal(new[] { "PEER108 needed classicId" }, t.Undecided(new ClassicGatewayTransitRule()));
        }

        [Fact]
        public void Address_spaces_are_needed_between_peered_VNets_and_between_the_spokes_of_a_hub()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub", "10.0.0.0/16");
            var spoke = t.Network("spoke");
            spoke.AddressPrefixes = UnknownBecause<IReadOnlyList<NetworkPrefix>>("prefixes");
            t.Pair(hub, spoke);

            Assert.Equal(new[] { "PEER201 needed prefixes" }, t.Undecided(new PeeredAddressSpaceOverlapRule()));

            // One spoke overlaps no other spoke of its hub, whatever its prefixes.
            Assert.Empty(t.Undecided(new HubAddressSpaceOverlapRule()));
            t.Pair(hub, t.Network("other", "10.2.0.0/16"));
            Assert.Equal(new[] { "PEER202 needed prefixes" }, t.Undecided(new HubAddressSpaceOverlapRule()));
        }

        [Fact]
        public void A_region_is_needed_where_the_remote_gateway_is_used_or_under_the_2017_profile()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub", location: "westeurope");
            var spoke = t.Network("spoke");
            spoke.Location = UnknownBecause<string>("region");
            t.Pair(hub, spoke);

            Assert.Empty(t.Undecided(new UseRemoteGatewaysAcrossRegionsRule()));
            Assert.Empty(t.Undecided(new GlobalPeeringPreviewRegionRule()));
            Assert.Equal(new[] { "PEER503 needed region" }, t.Undecided(new GlobalPeeringPreviewRegionRule(), PlatformProfile.October2017));

            t.Topology.Peerings[0].UseRemoteGateways = Known(true);
            Assert.Equal(new[] { "PEER101 needed region" }, t.Undecided(new UseRemoteGatewaysAcrossRegionsRule()));
        }

        [Fact]
        public void A_gateway_is_needed_as_absent_only_under_a_closed_world_and_as_present_always()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub");
            var spoke = t.Network("spoke");
            hub.HasGateway = UnknownBecause<bool>("gatewaySubnet");
            hub.MayHaveUnseenGateway = true;
            spoke.HasGateway = UnknownBecause<bool>("gatewaySubnet");
            spoke.MayHaveUnseenGateway = true;
            t.Peering(spoke, hub, "spoke-to-hub", p => p.UseRemoteGateways = Known(true));
            t.Peering(hub, spoke, "hub-to-spoke", p => p.AllowGatewayTransit = Known(true));

            Assert.Empty(t.Undecided(new RemoteGatewayUnavailableRule()));
            Assert.Empty(t.Undecided(new TransitWithoutGatewayRule()));
            Assert.Equal(new[] { "PEER104 needed gatewaySubnet" }, t.Undecided(new RemoteGatewayUnavailableRule(), closedWorld: true));
            Assert.Equal(new[] { "PEER107 needed gatewaySubnet" }, t.Undecided(new TransitWithoutGatewayRule(), closedWorld: true));
            Assert.Equal(new[] { "PEER105 needed gatewaySubnet" }, t.Undecided(new LocalGatewayWithRemoteGatewaysRule()));
        }

        [Fact]
        public void Route_facts_are_needed_only_for_tables_of_peered_VNets()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub", "10.0.0.0/16");
            var spoke = t.Network("spoke", "10.1.0.0/16");
            var lonely = t.Network("lonely", "10.9.0.0/16");
            var route = Route(t.RouteTable("rt-lonely", lonely), "default", "0.0.0.0/0", RouteNextHop.VirtualAppliance);
            route.NextHopIpAddress = UnknownBecause<string>("applianceIp");

            Assert.Empty(t.Undecided(new ForwardedTrafficRule()));

            t.Pair(lonely, hub);
            Assert.Equal(new[] { "PEER305 needed applianceIp" }, t.Undecided(new ForwardedTrafficRule()));

            route.NextHopIpAddress = Known("10.0.0.4");
            t.Topology.Peerings[0].AllowForwardedTraffic = UnknownBecause<bool>("forwarding");
            Assert.Equal(new[] { "PEER305 needed forwarding" }, t.Undecided(new ForwardedTrafficRule()));
        }

        [Fact]
        public void Each_rule_and_cause_is_named_once_and_a_rule_the_profile_lacks_names_none()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub", "10.0.0.0/16", "westeurope");
            for (var i = 0; i < 3; i++)
            {
                t.Peering(hub, t.Network("spoke" + i, "10.1" + i + ".0.0/16", "westeurope"), "to-" + i, p => p.AllowVirtualNetworkAccess = UnknownBecause<bool>("same"));
            }

            Assert.Equal(new[] { "PEER304 needed same" }, t.Undecided(new BlockedNetworkAccessRule()));

            var sink = new FindingSink(AnalysisOptions.Default);
            sink.Need(Peering.Rules.Catalogue.RuleCatalogue.PEER503, UnknownBecause<string>("region"));
            Assert.Empty(sink.Undecided);
        }
    }
}
