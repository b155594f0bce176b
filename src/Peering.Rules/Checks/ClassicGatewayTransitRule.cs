using Peering.Rules.Catalogue;
using Peering.Rules.Model;
using Peering.Rules.Profiles;

namespace Peering.Rules.Checks
{
    /// <summary>PEER108: gateway transit with a classic VNet.</summary>
    public sealed class ClassicGatewayTransitRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER108;

        public void Check(Topology topology, FindingSink sink)
        {
            foreach (var peering in topology.Peerings)
            {
                // The remote decides the rule only where a flag it checks may be set.
                var october2017 = sink.Options.Profile == PlatformProfile.October2017;
                if (!(MayBeSet(peering.UseRemoteGateways) || (october2017 && MayBeSet(peering.AllowGatewayTransit)))
                    || !sink.Need(Rule, peering.Remote).IsKnown || !peering.Remote.Value.IsClassic)
                {
                    continue;
                }

                var remote = Describe.Remote(peering.Remote.Value);
                var subject = Describe.Capitalized(Describe.Peering(peering));
                if (sink.Need(Rule, peering.UseRemoteGateways).Is(true))
                {
                    var message = sink.Options.Profile == PlatformProfile.October2017
                        ? subject + " uses the gateway of classic " + remote + ": the 2017-10 profile allows no gateway transit between deployment models"
                        : subject + " uses the gateway of classic " + remote + ": gateway transit with a classic VNet needs the gateway in the Resource Manager VNet";
                    sink.Report(Rule, peering.UseRemoteGateways.Source, message);
                }
                else if (october2017 && sink.Need(Rule, peering.AllowGatewayTransit).Is(true))
                {
                    sink.Report(Rule, peering.AllowGatewayTransit.Source,
                        subject + " offers gateway transit to classic " + remote + ": the 2017-10 profile allows no gateway transit between deployment models");
                }
            }
        }

        private static bool MayBeSet(Fact<bool> flag) => flag.State == FactState.Unknown || flag.Is(true);
    }
}
