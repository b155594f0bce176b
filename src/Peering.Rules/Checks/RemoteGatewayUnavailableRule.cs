using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Catalogue;
using Peering.Rules.Model;

namespace Peering.Rules.Checks
{
    /// <summary>PEER104: UseRemoteGateways towards a VNet known to have no gateway, or whose peering back does not allow transit.</summary>
    public sealed class RemoteGatewayUnavailableRule : IPeeringRule
    {
        /// <summary>Finding property: which of the two cases was found.</summary>
        public const string CaseProperty = "Case";
        public const string CaseNoGateway = "NoGateway";
        public const string CaseNoTransit = "NoTransit";

        public RuleInfo Rule => RuleCatalogue.PEER104;

        public void Check(Topology topology, FindingSink sink)
        {
            var index = PeeringIndex.For(topology);
            foreach (var peering in topology.Peerings)
            {
                var remote = peering.RemoteNetwork;
                if (!sink.Need(Rule, peering.UseRemoteGateways).Is(true) || !sink.Need(Rule, peering.Remote).IsKnown || remote == null || Topology.SameNetwork(peering.Parent, remote))
                {
                    continue;
                }

                var site = peering.UseRemoteGateways.Source ?? peering.Declaration;
                remote = index.Resolve(remote);
                if (Gateways.KnownAbsent(remote, Rule, sink))
                {
                    sink.Report(Rule, site,
                        Describe.Capitalized(Describe.Peering(peering)) + " sets UseRemoteGateways but " + Describe.Network(remote)
                        + " has no gateway: Azure rejects the peering with RemoteVnetHasNoGateways",
                        Describe.Places(remote.Declaration),
                        new Dictionary<string, string> { [CaseProperty] = CaseNoGateway });
                    continue;
                }

                var reverses = index.ReversesOf(peering).Where(r => !r.IsConditional).ToList();
                if (reverses.Count > 0 && !reverses.Any(r => r.AllowGatewayTransit.Is(true)) && reverses.All(r => sink.Need(Rule, r.AllowGatewayTransit).State != FactState.Unknown))
                {
                    var reverse = reverses[0];
                    sink.Report(Rule, site,
                        Describe.Capitalized(Describe.Peering(peering)) + " sets UseRemoteGateways but " + Describe.Peering(reverse)
                        + " does not set AllowGatewayTransit: Azure rejects the peering, and " + Describe.Network(peering.Parent) + " would get no routes through the gateway of " + Describe.Network(remote),
                        Describe.Places(reverse.AllowGatewayTransit.Source ?? reverse.Declaration),
                        new Dictionary<string, string> { [CaseProperty] = CaseNoTransit });
                }
            }
        }
    }
}
