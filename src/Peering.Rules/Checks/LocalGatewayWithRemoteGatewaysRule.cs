using Peering.Rules.Catalogue;
using Peering.Rules.Model;

namespace Peering.Rules.Checks
{
    /// <summary>PEER105: a peering uses the remote gateway while its own VNet has a gateway.</summary>
    public sealed class LocalGatewayWithRemoteGatewaysRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER105;

        public void Check(Topology topology, FindingSink sink)
        {
            var index = PeeringIndex.For(topology);
            foreach (var peering in topology.Peerings)
            {
                if (!sink.Need(Rule, peering.UseRemoteGateways).Is(true) || peering.Parent == null)
                {
                    continue;
                }

                var local = index.Resolve(peering.Parent);
                if (sink.Need(Rule, local.HasGateway).Is(true))
                {
                    sink.Report(Rule, peering.UseRemoteGateways.Source ?? peering.Declaration,
                        Describe.Capitalized(Describe.Peering(peering)) + " sets UseRemoteGateways but " + Describe.Network(local)
                        + " has a gateway of its own: a VNet with a gateway cannot use a remote one",
                        Describe.Places(local.HasGateway.Source));
                }
            }
        }
    }
}
