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
                // A peering that also offers transit is PEER102's: which side has the gateway is for its fix to say.
                if (step == null || remote == null || Topology.SameNetwork(peering.Parent, remote) || peering.UseRemoteGateways.State == FactState.Absent || peering.UseRemoteGateways.Is(false)
                    || peering.AllowGatewayTransit.Is(true))
                {
                    continue;
                }

                // The flag matters only when the run creates something Azure checks for it.
                var checkedAtWrite = CheckedAtWrite(peering, remote, step, index);
                if (checkedAtWrite.Count == 0 || !sink.Need(Rule, peering.UseRemoteGateways).Is(true))
                {
                    continue;
                }

                var waits = checkedAtWrite.Where(w => sink.Need(Rule, step.Follows(w.Step)).Is(false)).ToList();
                if (waits.Count > 0)
                {
                    // At the write that must wait: the peering, or the VNet that writes it inline.
                    sink.Report(Rule, step.Declaration ?? peering.Declaration, Message(peering, remote, step, waits), Describe.Places(waits.Select(w => w.Step.Declaration).ToArray()));
                }
            }
        }

        /// <summary>
        /// What Azure checks when it writes <paramref name="peering"/> that the same run creates: the remote VNet's gateways
        /// and the peerings back. A peering back that does not allow transit is PEER104's: waiting for it would not help.
        /// </summary>
        private static List<(string Description, DeploymentStep Step, bool IsGateway)> CheckedAtWrite(VirtualNetworkPeering peering, VirtualNetwork remote, DeploymentStep step, PeeringIndex index)
        {
            var gateways = index.Resolve(remote).GatewayDeployments.Select(g => (g.Description, Step: g, IsGateway: true));
            var reverses = index.ReversesOf(peering)
                .Where(r => r.Deployment != null && r.AllowGatewayTransit.State != FactState.Absent && !r.AllowGatewayTransit.Is(false))
                .Select(r => (Description: Describe.Peering(r), Step: r.Deployment!, IsGateway: false));
            return gateways.Concat(reverses).Where(w => w.Step.Run == step.Run && w.Step != step).Distinct().ToList();
        }

        private static string Message(VirtualNetworkPeering peering, VirtualNetwork remote, DeploymentStep step, List<(string Description, DeploymentStep Step, bool IsGateway)> waits)
        {
            var what = Describe.List(waits.Select(w => w.Description));
            var steps = Describe.List(waits.Select(w => w.Step.Description).Distinct());
            return Describe.Capitalized(Describe.Peering(peering)) + " uses the gateway of " + Describe.Network(remote) + " but is not ordered after " + what
                + ", which " + step.Run.Description + " also creates: Azure checks for the gateway and for AllowGatewayTransit on the peering back when it writes"
                + " the peering, so it can fail (" + Failure(waits) + "); " + string.Format(System.Globalization.CultureInfo.InvariantCulture, step.Run.OrderingFix, steps, step.Description);
        }

        /// <summary>The error Azure gives when the write comes first: for a missing gateway, or only for the peering back.</summary>
        private static string Failure(List<(string Description, DeploymentStep Step, bool IsGateway)> waits) =>
            waits.Any(w => w.IsGateway)
                ? "RemoteVnetHasNoGateways"
                : "the peering back does not allow gateway transit yet";
    }
}
