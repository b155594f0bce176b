using System.Linq;
using Peering.Rules.Catalogue;
using Peering.Rules.Checks;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Rules.Tests.Rules
{
    /// <summary>PEER301 and PEER303.</summary>
    public sealed class TopologyRuleTests
    {
        [Fact]
        public void PEER301_reports_a_peering_between_defined_VNets_without_a_peering_back()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub");
            var spoke = t.Network("spoke");
            t.Peering(hub, spoke, "hub-to-spoke", p => p.IsConditional = true);

            var finding = Assert.Single(t.Run(new MissingReversePeeringRule()));
            Assert.Equal("peering hub-to-spoke", finding.Location);
            Assert.Equal(RuleSeverity.Warning, finding.Severity);
            Assert.Contains("no peering back from VNet 'spoke'", finding.Message);
            Assert.Contains("until VNet 'spoke' peers with VNet 'hub'", finding.Message);
        }

        [Fact]
        public void PEER301_counts_a_conditional_peering_back_as_maybe_present()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub");
            var spoke = t.Network("spoke");
            t.Peering(hub, spoke, "hub-to-spoke");
            t.Peering(spoke, hub, "spoke-to-hub", p => p.IsConditional = true);

            Assert.Empty(t.Run(new MissingReversePeeringRule()));
        }

        [Fact]
        public void PEER301_counts_a_peering_of_the_remote_VNet_to_an_unknown_remote_as_maybe_the_link_back()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub");
            var spoke = t.Network("spoke");
            var other = t.Network("other");
            t.Peering(hub, spoke, "hub-to-spoke");
            t.Peering(spoke, other, "spoke-to-configured", p => p.Remote = Fact<RemoteNetworkReference>.Unknown);
            Assert.Empty(t.Run(new MissingReversePeeringRule()));

            // An id text that resolves to no VNet of the run (a parameter without a value) is as open.
            t.Topology.Peerings[1].Remote = TopologyBuilder.Known(new RemoteNetworkReference("[parameters('hubId')]", null, null, null));
            Assert.Empty(t.Run(new MissingReversePeeringRule()));

            // A peering of the remote VNet known to point elsewhere does not stand in for the link back
            // (and is itself one-sided).
            t.Topology.Peerings[1].Remote = TopologyBuilder.Known(new RemoteNetworkReference("/vnets/" + other.DisplayName, other, null, null));
            Assert.Equal(new object?[] { "peering hub-to-spoke", "peering spoke-to-configured" }, t.Run(new MissingReversePeeringRule()).Select(f => f.Location));
        }

        [Fact]
        public void PEER301_is_silent_when_either_VNet_is_only_referenced_or_classic()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub");
            t.Peering(hub, t.Network("elsewhere", defined: false), "hub-to-elsewhere");
            t.Peering(t.Network("referenced", defined: false), hub, "referenced-to-hub");
            var classicId = ArmResourceId.Parse("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ClassicNetwork/virtualNetworks/old").Id;
            var classic = t.Network("old");
            classic.ResourceId = classicId;
            t.Peering(hub, classic, "hub-to-old");

            Assert.Empty(t.Run(new MissingReversePeeringRule()));
        }

        [Fact]
        public void PEER303_reports_a_second_differently_named_peering_to_the_same_remote()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub");
            var spoke = t.Network("spoke");
            t.Peering(hub, spoke, "hub-to-spoke");
            t.Peering(hub, new VirtualNetwork(spoke.Identity, "spoke", null), "hub-to-spoke-again");

            var finding = Assert.Single(t.Run(new DuplicateRemotePeeringRule()));
            Assert.Equal("peering hub-to-spoke-again", finding.Location);
            Assert.Equal(new object[] { "peering hub-to-spoke" }, finding.AdditionalLocations);
            Assert.Contains("points at VNet 'spoke', which peering 'hub-to-spoke' of VNet 'hub' already references", finding.Message);
            Assert.Contains("AnotherPeeringAlreadyReferencesRemoteVnet", finding.Message);
        }

        [Fact]
        public void PEER303_is_silent_for_one_peering_written_twice_an_unknown_name_or_a_conditional_second()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub");
            var spoke = t.Network("spoke");
            t.Peering(hub, spoke, "hub-to-spoke");
            t.Peering(hub, spoke, "HUB-TO-SPOKE");
            t.Peering(hub, spoke, "maybe", p => p.IsConditional = true);
            t.Peering(hub, spoke, "unnamed", p => p.Name = Fact<string>.Unknown);
            t.Peering(spoke, hub, "spoke-to-hub");

            Assert.Empty(t.Run(new DuplicateRemotePeeringRule()));
        }
    }
}
