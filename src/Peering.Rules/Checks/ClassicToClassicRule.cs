using Peering.Rules.Catalogue;
using Peering.Rules.Model;

namespace Peering.Rules.Checks
{
    /// <summary>PEER404: both ends of a peering are classic VNets.</summary>
    public sealed class ClassicToClassicRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER404;

        public void Check(Topology topology, FindingSink sink)
        {
            foreach (var peering in topology.Peerings)
            {
                if (peering.Parent?.IsClassic == true && sink.Need(Rule, peering.Remote).IsKnown && peering.Remote.Value.IsClassic)
                {
                    sink.Report(Rule, peering.Remote.Source,
                        Describe.Capitalized(Describe.Peering(peering)) + " links classic " + Describe.Network(peering.Parent) + " to classic "
                        + Describe.Remote(peering.Remote.Value) + ": two classic VNets cannot be peered; connect them with a VPN gateway");
                }
            }
        }
    }
}
