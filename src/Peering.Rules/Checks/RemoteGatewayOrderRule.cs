using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Catalogue;
using Peering.Rules.Model;

namespace Peering.Rules.Checks
{
    /// <summary>
    /// PEER110: a peering that uses remote gateways, written by a run that also creates the remote VNet's gateway or the
    /// peering back, with nothing that makes it wait for them. Azure checks both when it writes the peering, so the run can
    /// write it first and fail. Only writes of one run are compared: a gateway or peering that exists, or that another
    /// run creates, is not this rule's.
    /// </summary>
    public sealed class RemoteGatewayOrderRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER110;

        public void Check(Topology topology, FindingSink sink)
        {
            var index = PeeringIndex.For(topology);
            foreach (var peering in topology.Peerings)
            {
                var step = peering.Deployment;
                var remote = peering.RemoteNetwork;
                if (step == null || remote == null || Topology.SameNetwork(peering.Parent, remote) || !sink.Need(Rule, peering.UseRemoteGateways).Is(true))
                {
                    continue;
                }

                var waits = new List<(string Description, DeploymentStep Step)>();
                foreach (var gateway in index.Resolve(remote).GatewayDeployments.Distinct())
                {
                    if (NotWaitingFor(step, gateway, sink))
                    {
                        waits.Add((gateway.Description, gateway));
                    }
                }

                foreach (var reverse in index.ReversesOf(peering))
                {
                    // A peering back that does not allow transit is PEER104's: waiting for it would not help.
                    if (reverse.Deployment != null && reverse.AllowGatewayTransit.State != FactState.Absent && !reverse.AllowGatewayTransit.Is(false)
                        && NotWaitingFor(step, reverse.Deployment, sink))
                    {
                        waits.Add((Describe.Peering(reverse), reverse.Deployment));
                    }
                }

                if (waits.Count > 0)
                {
                    sink.Report(Rule, peering.Declaration, Message(peering, remote, step, waits), Describe.Places(waits.Select(w => w.Step.Declaration).ToArray()));
                }
            }
        }

        private bool NotWaitingFor(DeploymentStep step, DeploymentStep earlier, FindingSink sink) =>
            !ReferenceEquals(step, earlier) && sink.Need(Rule, step.Follows(earlier)).Is(false);

        private static string Message(VirtualNetworkPeering peering, VirtualNetwork remote, DeploymentStep step, List<(string Description, DeploymentStep Step)> waits)
        {
            var what = Describe.List(waits.Select(w => w.Description));
            var steps = Describe.List(waits.Select(w => w.Step.Description).Distinct());
            return Describe.Capitalized(Describe.Peering(peering)) + " uses the gateway of " + Describe.Network(remote) + " but is not ordered after " + what
                + ", which " + step.Run.Description + " also creates: Azure checks for the gateway and for AllowGatewayTransit on the peering back when it writes"
                + " the peering, so it can fail (RemoteVnetHasNoGateways); " + string.Format(System.Globalization.CultureInfo.InvariantCulture, step.Run.OrderingFix, steps);
        }
    }
}
