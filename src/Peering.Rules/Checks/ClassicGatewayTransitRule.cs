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
                if (!peering.Remote.IsKnown || !peering.Remote.Value.IsClassic)
                {
                    continue;
                }

                var remote = Describe.Remote(peering.Remote.Value);
                var subject = Describe.Capitalized(Describe.Peering(peering));
                if (peering.UseRemoteGateways.Is(true))
                {
                    var message = sink.Options.Profile == PlatformProfile.October2017
                        ? subject + " uses the gateway of classic " + remote + ": the 2017-10 profile allows no gateway transit between deployment models"
                        : subject + " uses the gateway of classic " + remote + ": gateway transit with a classic VNet needs the gateway in the Resource Manager VNet";
                    sink.Report(Rule, peering.UseRemoteGateways.Source, message);
                }
                else if (peering.AllowGatewayTransit.Is(true) && sink.Options.Profile == PlatformProfile.October2017)
                {
                    sink.Report(Rule, peering.AllowGatewayTransit.Source,
                        subject + " offers gateway transit to classic " + remote + ": the 2017-10 profile allows no gateway transit between deployment models");
                }
            }
        }
    }
}
