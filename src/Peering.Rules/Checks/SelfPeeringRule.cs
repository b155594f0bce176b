using Peering.Rules.Catalogue;
using Peering.Rules.Model;

namespace Peering.Rules.Checks
{
    /// <summary>PEER302: a VNet peered to itself.</summary>
    public sealed class SelfPeeringRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER302;

        public void Check(Topology topology, FindingSink sink)
        {
            foreach (var peering in topology.Peerings)
            {
                if (peering.Parent != null && sink.Need(Rule, peering.Remote).IsKnown && Topology.SameNetwork(peering.Parent, peering.RemoteNetwork))
                {
                    sink.Report(Rule, peering.Remote.Source,
                        Describe.Capitalized(Describe.Peering(peering)) + " names " + Describe.Network(peering.Parent) + " itself as the remote VNet: a VNet cannot be peered to itself");
                }
            }
        }
    }
}
