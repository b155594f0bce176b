using Peering.Rules.Catalogue;
using Peering.Rules.Model;

namespace Peering.Rules.Checks
{
    /// <summary>PEER304: AllowVirtualNetworkAccess = false keeps the link Connected but blocks traffic.</summary>
    public sealed class BlockedNetworkAccessRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER304;

        public void Check(Topology topology, FindingSink sink)
        {
            foreach (var peering in topology.Peerings)
            {
                if (!sink.Need(Rule, peering.AllowVirtualNetworkAccess).Is(false))
                {
                    continue;
                }

                var remote = peering.Remote.IsKnown ? Describe.Remote(peering.Remote.Value) : "the remote VNet";
                sink.Report(Rule, peering.AllowVirtualNetworkAccess.Source,
                    Describe.Capitalized(Describe.Peering(peering)) + " sets AllowVirtualNetworkAccess to false: the peering shows Connected but no traffic flows to " + remote);
            }
        }
    }
}
