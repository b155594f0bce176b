using System.Linq;
using Peering.Rules.Catalogue;
using Peering.Rules.Checks;
using Peering.Rules.Model;
using Peering.Rules.Profiles;
using static Peering.Rules.Tests.Rules.TopologyBuilder;

namespace Peering.Rules.Tests.Rules
{
    /// <summary>PEER110 and the order of the writes of one run (<see cref="DeploymentStep"/>).</summary>
    public sealed class RemoteGatewayOrderRuleTests
    {
        private static readonly DeploymentRun Deployment = new DeploymentRun("the deployment of 'main.json'", "add {0} to the dependsOn of {1}");

        [Fact]
        public void A_step_follows_what_a_chain_of_waits_leads_to_and_nothing_else()
        {
            var gateway = Step("gateway");
            var module = Step("module");
            module.After.Add(gateway);
            var peering = Step("peering");
            peering.After.Add(module);
            var other = Step("other");

            Assert.True(peering.Follows(gateway).Is(true));
            Assert.True(peering.Follows(other).Is(false));
            Assert.True(gateway.Follows(peering).Is(false));
        }

        [Fact]
        public void A_step_that_may_wait_for_something_unresolved_or_a_possible_wait_has_an_unknown_order()
        {
            var gateway = Step("gateway");
            var module = Step("module");
            module.WaitsForUnresolved("dependsOn [parameters('after')]");
            var peering = Step("peering");
            peering.After.Add(module);
            Assert.Equal(FactState.Unknown, peering.Follows(gateway).State);
            Assert.Equal("dependsOn [parameters('after')]", peering.Follows(gateway).Source);

            var task = Step("task");
            task.After.Add(gateway);
            var later = Step("later");
            later.MayBeAfter.Add(task);
            Assert.Equal(FactState.Unknown, later.Follows(gateway).State);
            Assert.True(later.Follows(Step("unrelated")).Is(false));
        }

        [Fact]
        public void Steps_of_two_runs_are_never_ordered_and_cycles_end()
        {
            var gateway = new DeploymentStep(new DeploymentRun("hub.json", "{0}"), "gateway", null);
            var peering = Step("peering");
            Assert.Equal(FactState.Unknown, peering.Follows(gateway).State);

            var a = Step("a");
            var b = Step("b");
            a.After.Add(b);
            b.After.Add(a);
            Assert.True(a.Follows(Step("c")).Is(false));
        }

        [Fact]
        public void PEER110_reports_a_peering_not_ordered_after_the_gateway_and_the_peering_back_of_its_run()
        {
            var t = new TopologyBuilder();
            var (hub, spoke, toSpoke, toHub, gateway) = HubAndSpoke(t);

            var finding = Assert.Single(t.Run(new RemoteGatewayOrderRule()));
            Assert.Equal("peering spoke-to-hub", finding.Location);
            Assert.Equal(new object[] { "gateway declaration", "peering hub-to-spoke" }, finding.AdditionalLocations);
            Assert.Equal(RuleSeverity.Error, finding.Severity);
            Assert.Equal(
                "Peering 'spoke-to-hub' of VNet 'spoke' uses the gateway of VNet 'hub' but is not ordered after gateway 'hub-gw' and peering 'hub-to-spoke' of VNet 'hub',"
                + " which the deployment of 'main.json' also creates: Azure checks for the gateway and for AllowGatewayTransit on the peering back when it writes the peering,"
                + " so it can fail (RemoteVnetHasNoGateways); add gateway 'hub-gw' and peering 'hub/hub-to-spoke' to the dependsOn of peering 'spoke/spoke-to-hub'",
                finding.Message);
            Assert.Equal(RuleSeverity.Error, Assert.Single(t.Run(new RemoteGatewayOrderRule(), PlatformProfile.October2017)).Severity);
        }

        [Fact]
        public void PEER110_names_only_what_the_peering_does_not_wait_for()
        {
            var t = new TopologyBuilder();
            var (_, _, toSpoke, toHub, gateway) = HubAndSpoke(t);
            toHub.Deployment!.After.Add(toSpoke.Deployment!);

            var finding = Assert.Single(t.Run(new RemoteGatewayOrderRule()));
            Assert.Contains("not ordered after gateway 'hub-gw', which", finding.Message);
            Assert.EndsWith("add gateway 'hub-gw' to the dependsOn of peering 'spoke/spoke-to-hub'", finding.Message);

            toSpoke.Deployment!.After.Add(gateway);
            Assert.Empty(t.Run(new RemoteGatewayOrderRule()));
        }

        [Fact]
        public void PEER110_names_the_transit_error_when_only_the_peering_back_is_not_waited_for()
        {
            var t = new TopologyBuilder();
            var (_, _, _, toHub, gateway) = HubAndSpoke(t);
            toHub.Deployment!.After.Add(gateway);

            var finding = Assert.Single(t.Run(new RemoteGatewayOrderRule()));
            Assert.Contains("not ordered after peering 'hub-to-spoke' of VNet 'hub', which", finding.Message);
            Assert.Contains("so it can fail (the peering back does not allow gateway transit yet);", finding.Message);
            Assert.DoesNotContain("RemoteVnetHasNoGateways", finding.Message);
        }

        [Fact]
        public void PEER110_is_silent_for_what_another_run_creates_and_for_a_peering_whose_order_is_unknown()
        {
            var t = new TopologyBuilder();
            var (hub, _, toSpoke, toHub, _) = HubAndSpoke(t);
            hub.GatewayDeployments.Clear();
            hub.GatewayDeployments.Add(new DeploymentStep(new DeploymentRun("the deployment of 'hub.json'", "{0}"), "gateway 'hub-gw'", "gateway declaration"));
            toSpoke.Deployment = new DeploymentStep(new DeploymentRun("the deployment of 'hub.json'", "{0}"), "peering 'hub/hub-to-spoke'", "peering hub-to-spoke");
            Assert.Empty(t.Run(new RemoteGatewayOrderRule()));

            var unknown = new TopologyBuilder();
            var (_, _, _, spokeToHub, _) = HubAndSpoke(unknown);
            spokeToHub.Deployment = null;
            Assert.Empty(unknown.Run(new RemoteGatewayOrderRule()));

            var unresolved = new TopologyBuilder();
            var (_, _, _, waiting, _) = HubAndSpoke(unresolved);
            waiting.Deployment!.WaitsForUnresolved("dependsOn of spoke-to-hub");
            Assert.Empty(unresolved.Run(new RemoteGatewayOrderRule()));
            Assert.Equal(new[] { "PEER110 needed dependsOn of spoke-to-hub" }, unresolved.Undecided(new RemoteGatewayOrderRule()));
        }

        [Fact]
        public void PEER110_is_silent_unless_the_peering_is_known_to_use_remote_gateways()
        {
            foreach (var flag in new[] { Fact<bool>.Unknown, Known(false), Fact<bool>.Absent(null) })
            {
                var t = new TopologyBuilder();
                var (_, _, _, toHub, _) = HubAndSpoke(t);
                toHub.UseRemoteGateways = flag;
                Assert.Empty(t.Run(new RemoteGatewayOrderRule()));
            }
        }

        [Fact]
        public void PEER110_leaves_a_peering_that_also_allows_transit_to_PEER102()
        {
            var t = new TopologyBuilder();
            var (_, _, _, toHub, _) = HubAndSpoke(t);
            toHub.AllowGatewayTransit = Known(true);

            Assert.Empty(t.Run(new RemoteGatewayOrderRule()));
        }

        [Fact]
        public void PEER110_leaves_a_peering_back_without_transit_to_PEER104()
        {
            var t = new TopologyBuilder();
            var (hub, _, toSpoke, _, _) = HubAndSpoke(t);
            hub.GatewayDeployments.Clear();
            toSpoke.AllowGatewayTransit = Known(false);
            Assert.Empty(t.Run(new RemoteGatewayOrderRule()));

            toSpoke.AllowGatewayTransit = Fact<bool>.Unknown;
            Assert.Single(t.Run(new RemoteGatewayOrderRule()));
        }

        /// <summary>A hub with a gateway and a spoke that uses it, all written by one run with no order between them.</summary>
        private static (VirtualNetwork Hub, VirtualNetwork Spoke, VirtualNetworkPeering ToSpoke, VirtualNetworkPeering ToHub, DeploymentStep Gateway) HubAndSpoke(TopologyBuilder t)
        {
            var hub = t.Network("hub", gateway: true);
            var spoke = t.Network("spoke");
            var gateway = new DeploymentStep(Deployment, "gateway 'hub-gw'", "gateway declaration");
            hub.GatewayDeployments.Add(gateway);
            var toSpoke = t.Peering(hub, spoke, "hub-to-spoke", p =>
            {
                p.AllowGatewayTransit = Known(true);
                p.Deployment = new DeploymentStep(Deployment, "peering 'hub/hub-to-spoke'", p.Declaration);
            });
            var toHub = t.Peering(spoke, hub, "spoke-to-hub", p =>
            {
                p.UseRemoteGateways = Known(true);
                p.Deployment = new DeploymentStep(Deployment, "peering 'spoke/spoke-to-hub'", p.Declaration);
            });
            return (hub, spoke, toSpoke, toHub, gateway);
        }

        private static DeploymentStep Step(string name) => new DeploymentStep(Deployment, name, name);
    }
}
