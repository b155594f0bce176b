using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Catalogue;
using Peering.Rules.Model;
using Peering.Rules.Profiles;
using Peering.Rules.Text;

namespace Peering.Rules.Checks
{
    /// <summary>
    /// PEER503 (2017-10 only): a global peering (VNets in different regions) where either region was not one of the
    /// three regions of the 2017 global-peering preview.
    /// </summary>
    public sealed class GlobalPeeringPreviewRegionRule : IPeeringRule
    {
        private static readonly HashSet<string> PreviewRegions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "westcentralus",
            "canadacentral",
            "westus2",
        };

        public RuleInfo Rule => RuleCatalogue.PEER503;

        public void Check(Topology topology, FindingSink sink)
        {
            if (sink.Options.Profile != PlatformProfile.October2017)
            {
                return;
            }

            var index = PeeringIndex.For(topology);
            foreach (var (peering, local, remote) in index.PeeringsBetweenNetworks(Rule, sink, local => local.Location.IsKnown))
            {
                if (!sink.Need(Rule, local.Location).IsKnown | !sink.Need(Rule, remote.Location).IsKnown || local.Location.Value == null || remote.Location.Value == null
                    || string.Equals(local.Location.Value, remote.Location.Value, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var outside = new[] { local.Location.Value, remote.Location.Value }.Where(r => !PreviewRegions.Contains(r)).ToList();
                if (outside.Count > 0)
                {
                    sink.Report(Rule, peering.Declaration,
                        Describe.Capitalized(Describe.Peering(peering)) + " links " + Describe.NetworkWithRegion(local) + " with " + Describe.NetworkWithRegion(remote)
                        + ": in 2017 global peering was in preview only in westcentralus, canadacentral and westus2, and " + string.Join(" and ", outside.Select(region => DisplayText.Escape(region)))
                        + (outside.Count == 1 ? " is" : " are") + " not among them",
                        Describe.Places(local.Location.Source, remote.Location.Source));
                }
            }
        }
    }
}
