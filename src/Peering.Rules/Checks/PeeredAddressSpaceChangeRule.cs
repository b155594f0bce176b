using Peering.Rules.Catalogue;
using Peering.Rules.Model;
using Peering.Rules.Profiles;

namespace Peering.Rules.Checks
{
    /// <summary>PEER203: the address space of a peered VNet changes (without a sync, or at all under 2017-10).</summary>
    public sealed class PeeredAddressSpaceChangeRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER203;

        public void Check(Topology topology, FindingSink sink)
        {
            var october2017 = sink.Options.Profile == PlatformProfile.October2017;
            foreach (var change in PeeredAddressSpaceChanges.Of(topology))
            {
                if (change.FollowedBySync && !october2017)
                {
                    continue;
                }

                var message = october2017
                    ? PeeredAddressSpaceChanges.Forbidden2017(change)
                    : PeeredAddressSpaceChanges.Subject(change) + " and no peering is synced afterwards: the peered VNets keep the old prefixes until each peering is updated with SyncRemoteAddressSpace.True";
                // The related places serve the sync fix, which only the current profile offers.
                sink.Report(Rule, change.Source, message, october2017 ? null : change.RelatedSources);
            }
        }
    }
}
