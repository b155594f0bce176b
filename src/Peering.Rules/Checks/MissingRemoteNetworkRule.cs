using Peering.Rules.Catalogue;
using Peering.Rules.Model;

namespace Peering.Rules.Checks
{
    /// <summary>PEER401: a peering written without a remote VNet.</summary>
    public sealed class MissingRemoteNetworkRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER401;

        public void Check(Topology topology, FindingSink sink)
        {
            foreach (var peering in topology.Peerings)
            {
                if (peering.Remote.State == FactState.Absent)
                {
                    sink.Report(Rule, peering.Remote.Source ?? peering.Declaration,
                        Describe.Capitalized(Describe.Peering(peering)) + " is written without a remote virtual network: set RemoteVirtualNetworkId (or RemoteVirtualNetwork) to the id of the VNet to peer with");
                }
            }
        }
    }
}
