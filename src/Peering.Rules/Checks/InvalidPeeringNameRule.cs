using Peering.Rules.Catalogue;
using Peering.Rules.Model;
using Peering.Rules.Naming;
using Peering.Rules.Text;

namespace Peering.Rules.Checks
{
    /// <summary>PEER403: a peering name Azure rejects with InvalidResourceName.</summary>
    public sealed class InvalidPeeringNameRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER403;

        public void Check(Topology topology, FindingSink sink)
        {
            foreach (var peering in topology.Peerings)
            {
                if (!sink.Need(Rule, peering.Name).IsKnown || peering.Name.Value == null)
                {
                    continue;
                }

                var problem = PeeringName.Problem(peering.Name.Value);
                if (problem != null)
                {
                    var owner = peering.Parent == null ? string.Empty : " of " + Describe.Network(peering.Parent);
                    sink.Report(Rule, peering.Name.Source, "The peering name " + DisplayText.Quote(peering.Name.Value) + owner + " " + problem + " (InvalidResourceName)");
                }
            }
        }
    }
}
