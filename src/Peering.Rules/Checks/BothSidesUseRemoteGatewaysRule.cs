using System.Collections.Generic;
using Peering.Rules.Catalogue;
using Peering.Rules.Model;

namespace Peering.Rules.Checks
{
    /// <summary>PEER103: both peerings of one VNet pair set UseRemoteGateways.</summary>
    public sealed class BothSidesUseRemoteGatewaysRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER103;

        public void Check(Topology topology, FindingSink sink)
        {
            var index = PeeringIndex.For(topology);
            var earlier = new HashSet<VirtualNetworkPeering>();
            foreach (var peering in topology.Peerings)
            {
                if (peering.IsConditional || !sink.Need(Rule, peering.UseRemoteGateways).Is(true))
                {
                    continue;
                }

                sink.Need(Rule, peering.Remote);

                earlier.Add(peering);

                // Reported once per pair: on the later peering, pointing at the earlier one.
                foreach (var reverse in index.ReversesOf(peering))
                {
                    if (UsesRemoteGatewayCertainly(reverse) && earlier.Contains(reverse))
                    {
                        sink.Report(Rule, peering.UseRemoteGateways.Source ?? peering.Declaration,
                            Describe.Capitalized(Describe.Peering(peering)) + " and " + Describe.Peering(reverse)
                            + " both set UseRemoteGateways: only one VNet of a pair can have the gateway, so one side fails with RemoteVnetHasNoGateways",
                            Describe.Places(reverse.UseRemoteGateways.Source ?? reverse.Declaration));
                        break;
                    }
                }
            }
        }

        /// <summary>A conditional peering is no proof that the pair's other side exists.</summary>
        private static bool UsesRemoteGatewayCertainly(VirtualNetworkPeering peering) =>
            !peering.IsConditional && peering.UseRemoteGateways.Is(true);
    }
}
