using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Catalogue;
using Peering.Rules.Model;
using Peering.Rules.Profiles;

namespace Peering.Rules.Checks
{
    /// <summary>
    /// PEER501: a VNet peers more than the platform allows: more peerings than the profile allows (500 today, 50 under
    /// 2017-10), or more than 200 of its subnets on one side of a subnet peering.
    /// </summary>
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

            if (PlatformProfiles.MaxPeeredSubnetsPerSide(sink.Options.Profile) is int subnetLimit)
            {
                CheckPeeredSubnets(topology, subnetLimit, sink);
            }
        }

        /// <summary>Each side of a subnet peering names at most <paramref name="limit"/> distinct subnets.</summary>
        private void CheckPeeredSubnets(Topology topology, int limit, FindingSink sink)
        {
            foreach (var peering in topology.Peerings.Where(p => p.PeerCompleteVirtualNetworks.Is(false)))
            {
                var sides = new List<string>();
                foreach (var (names, network) in new[] { (peering.LocalSubnetNames, Describe.Network(peering.Parent)), (peering.RemoteSubnetNames, Describe.RemoteOf(peering)) })
                {
                    var count = names.IsKnown ? names.Value.Where(n => n != null).Distinct(StringComparer.OrdinalIgnoreCase).Count() : 0;
                    if (count > limit)
                    {
                        sides.Add(count + " subnets of " + network);
                    }
                }

                if (sides.Count > 0)
                {
                    sink.Report(Rule, peering.Declaration,
                        Describe.Capitalized(Describe.Peering(peering)) + " is a subnet peering of " + string.Join(" and ", sides)
                        + ", more than the " + limit + " subnets one side of a subnet peering can have");
                }
            }
        }
    }
}
