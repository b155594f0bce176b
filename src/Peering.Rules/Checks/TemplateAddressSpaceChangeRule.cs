using Peering.Rules.Catalogue;
using Peering.Rules.Model;
using Peering.Rules.Profiles;

namespace Peering.Rules.Checks
{
    /// <summary>
    /// PEER205: a template changes the address space of a peered VNet. ARM and Bicep send only the resource body and
    /// syncRemoteAddressSpace is a query parameter, so no template can sync the peerings: a step outside it must.
    /// </summary>
    public sealed class TemplateAddressSpaceChangeRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER205;

        public void Check(Topology topology, FindingSink sink)
        {
            var october2017 = sink.Options.Profile == PlatformProfile.October2017;
            foreach (var change in PeeredAddressSpaceChanges.Of(topology))
            {
                var message = october2017
                    ? PeeredAddressSpaceChanges.Forbidden2017(change)
                    : PeeredAddressSpaceChanges.Subject(change) + ": ARM and Bicep cannot send syncRemoteAddressSpace, so the peerings that point at it need a sync step outside the template (az network vnet peering sync)";
                sink.Report(Rule, change.Source, message, change.RelatedSources);
            }
        }
    }
}
