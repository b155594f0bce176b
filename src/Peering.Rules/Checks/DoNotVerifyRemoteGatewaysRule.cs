using Peering.Rules.Catalogue;
using Peering.Rules.Model;

namespace Peering.Rules.Checks
{
    /// <summary>PEER109: DoNotVerifyRemoteGateways on a peering that uses remote gateways does not bypass RemoteVnetHasNoGateways.</summary>
    public sealed class DoNotVerifyRemoteGatewaysRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER109;

        public void Check(Topology topology, FindingSink sink)
        {
            foreach (var peering in topology.Peerings)
            {
                // Without UseRemoteGateways the flag has nothing to skip: Azure Verified Modules set it on every peering by default.
                if (!sink.Need(Rule, peering.DoNotVerifyRemoteGateways).Is(true) || !sink.Need(Rule, peering.UseRemoteGateways).Is(true))
                {
                    continue;
                }

                var remote = peering.Remote.IsKnown ? Describe.Remote(peering.Remote.Value) : "the remote VNet";
                sink.Report(Rule, peering.DoNotVerifyRemoteGateways.Source,
                    Describe.Capitalized(Describe.Peering(peering)) + " sets DoNotVerifyRemoteGateways, which does not skip the gateway check: the peering still fails with RemoteVnetHasNoGateways unless "
                    + remote + " has a gateway when the peering is created");
            }
        }
    }
}
