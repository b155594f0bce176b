using System;
using System.Linq;
using Peering.Rules.Catalogue;
using Peering.Rules.Model;
using Peering.Rules.Profiles;

namespace Peering.Rules.Checks
{
    /// <summary>PEER501: a VNet has more peerings than the profile allows (500 today, 50 under 2017-10).</summary>
    public sealed class PeeringLimitRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER501;

        public void Check(Topology topology, FindingSink sink)
        {
            var limit = PlatformProfiles.MaxPeeringsPerNetwork(sink.Options.Profile);
            foreach (var parent in PeeringIndex.For(topology).PeeringsByParent)
            {
                // A conditional peering may never exist, and one name written twice is one peering.
                var peerings = parent.Value.Where(p => !p.IsConditional).ToList();
                var count = peerings.Where(p => p.Name.IsKnown).Select(p => p.Name.Value).Distinct(StringComparer.OrdinalIgnoreCase).Count()
                    + peerings.Count(p => !p.Name.IsKnown);
                if (count <= limit)
                {
                    continue;
                }

                var network = parent.Value[0].Parent!;
                sink.Report(Rule, peerings[limit].Declaration,
                    Describe.Capitalized(Describe.Network(network)) + " has " + count + " peerings, more than the " + limit + " a VNet can have"
                    + (sink.Options.Profile == PlatformProfile.October2017 ? " under the 2017-10 profile" : string.Empty),
                    Describe.Places(network.Declaration));
            }
        }
    }
}
