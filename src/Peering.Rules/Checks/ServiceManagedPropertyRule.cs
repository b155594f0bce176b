using Peering.Rules.Catalogue;
using Peering.Rules.Model;

namespace Peering.Rules.Checks
{
    /// <summary>PEER406: a property Azure computes (PeeringState, address-space copies) is set.</summary>
    public sealed class ServiceManagedPropertyRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER406;

        public void Check(Topology topology, FindingSink sink)
        {
            foreach (var peering in topology.Peerings)
            {
                foreach (var setting in peering.ServiceManagedSettings)
                {
                    sink.Report(Rule, setting.Source,
                        "Setting " + setting.PropertyName + " on " + Describe.Peering(peering) + " has no effect: Azure computes it");
                }
            }
        }
    }
}
