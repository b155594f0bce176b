using Peering.Rules.Catalogue;
using Peering.Rules.Model;

namespace Peering.Rules.Checks
{
    /// <summary>PEER109: DoNotVerifyRemoteGateways does not bypass RemoteVnetHasNoGateways.</summary>
    public sealed class DoNotVerifyRemoteGatewaysRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER109;

        public void Check(Topology topology, FindingSink sink)
        {
            foreach (var peering in topology.Peerings)
            {
                if (!peering.DoNotVerifyRemoteGateways.Is(true))
                {
                    continue;
                }

                var remote = peering.Remote.IsKnown ? Describe.Remote(peering.Remote.Value) : "the remote VNet";
                sink.Report(Rule, peering.DoNotVerifyRemoteGateways.Source,
                    Describe.Capitalized(Describe.Peering(peering)) + " sets DoNotVerifyRemoteGateways, which does not skip the gateway check: with UseRemoteGateways the peering still fails with RemoteVnetHasNoGateways unless "
                    + remote + " has a gateway when the peering is created");
            }
        }
    }
}
