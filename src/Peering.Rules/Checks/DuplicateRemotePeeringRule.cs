using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Catalogue;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Rules.Checks
{
    /// <summary>PEER303: two peerings of one VNet point at the same remote VNet (AnotherPeeringAlreadyReferencesRemoteVnet).</summary>
    public sealed class DuplicateRemotePeeringRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER303;

        public void Check(Topology topology, FindingSink sink)
        {
            var index = PeeringIndex.For(topology);
            var seenPairs = new HashSet<(ResourceIdentity, ResourceIdentity)>();
            foreach (var peering in topology.Peerings)
            {
                // A remote that is not known may be the remote of another peering of the same VNet.
                if (peering.Parent == null || (index.PeeringsOf(peering.Parent).Count > 1 ? sink.Need(Rule, peering.Remote) : peering.Remote).State != FactState.Known
                    || peering.RemoteNetwork == null || !seenPairs.Add((peering.Parent.Identity, peering.RemoteNetwork.Identity)))
                {
                    continue;
                }

                // A conditional peering may never exist. The same name twice is one peering written twice, and a peering
                // whose name is unknown may be one of the others, so only distinct known names prove a second peering.
                var between = index.Between(peering.Parent, peering.RemoteNetwork);
                if (between.Count < 2)
                {
                    continue;
                }

                var unconditional = between.Where(p => !p.IsConditional).ToList();
                if (unconditional.Count > 1)
                {
                    unconditional.ForEach(p => sink.Need(Rule, p.Name));
                }

                var distinct = unconditional
                    .Where(p => p.Name.IsKnown)
                    .GroupBy(p => p.Name.Value, StringComparer.OrdinalIgnoreCase)
                    .Select(g => g.First())
                    .ToList();
                for (int i = 1; i < distinct.Count; i++)
                {
                    var first = distinct[0];
                    var second = distinct[i];
                    sink.Report(Rule, second.Declaration,
                        Describe.Capitalized(Describe.Peering(second)) + " points at " + Describe.Network(second.RemoteNetwork)
                        + ", which " + Describe.Peering(first) + " already references: Azure rejects it with AnotherPeeringAlreadyReferencesRemoteVnet",
                        Describe.Places(first.Declaration));
                }
            }
        }
    }
}
