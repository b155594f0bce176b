using Peering.Rules.Catalogue;
using Peering.Rules.Model;

namespace Peering.Rules.Checks
{
    /// <summary>PEER107: AllowGatewayTransit on a VNet known (under a closed world) to have no gateway.</summary>
    public sealed class TransitWithoutGatewayRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER107;

        public void Check(Topology topology, FindingSink sink)
        {
            var index = PeeringIndex.For(topology);
            foreach (var peering in topology.Peerings)
            {
                if (!sink.Need(Rule, peering.AllowGatewayTransit).Is(true) || peering.Parent == null)
                {
                    continue;
                }

                var local = index.Resolve(peering.Parent);
                if (Gateways.KnownAbsent(local, Rule, sink))
                {
                    sink.Report(Rule, peering.AllowGatewayTransit.Source ?? peering.Declaration,
                        Describe.Capitalized(Describe.Peering(peering)) + " sets AllowGatewayTransit but " + Describe.Network(local)
                        + " has no gateway or Route Server: the flag has no effect");
                }
            }
        }
    }
}
