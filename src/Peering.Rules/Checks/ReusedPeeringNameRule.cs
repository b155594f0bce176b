using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Catalogue;
using Peering.Rules.Model;

namespace Peering.Rules.Checks
{
    /// <summary>
    /// PEER405: one VNet has two unconditional peerings of the same name whose remotes are different VNets, typically a
    /// hub-side name hard-coded and reused for every spoke. The second deployment fails with ChangingRemoteVirtualNetworkNotAllowed.
    /// </summary>
    public sealed class ReusedPeeringNameRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER405;

        public void Check(Topology topology, FindingSink sink)
        {
            foreach (var parent in PeeringIndex.For(topology).PeeringsByParent)
            {
                var unconditional = parent.Value.Where(p => !p.IsConditional).ToList();
                NeedUndecided(unconditional, sink);
                var sameName = unconditional
                    .Where(p => p.Name.IsKnown && p.RemoteNetwork != null)
                    .GroupBy(p => p.Name.Value, StringComparer.OrdinalIgnoreCase);
                foreach (var group in sameName)
                {
                    var first = group.First();
                    foreach (var later in group.Skip(1).Where(p => !Topology.SameNetwork(p.RemoteNetwork, first.RemoteNetwork)))
                    {
                        var (laterRemote, firstRemote) = Describe.NetworksApart(later.RemoteNetwork!, first.RemoteNetwork!);
                        sink.Report(Rule, later.Name.Source ?? later.Declaration,
                            Describe.Capitalized(Describe.Peering(later)) + " points at " + laterRemote
                            + ", but the same name already points at " + firstRemote
                            + ": the remote of an existing peering cannot change (ChangingRemoteVirtualNetworkNotAllowed); derive the name from the remote VNet",
                            Describe.Places(first.Declaration));
                    }
                }
            }
        }

        /// <summary>
        /// Notes what stops the rule among a VNet's peerings: a name that is not known may be any other's, and where two
        /// peerings may share a name their remotes decide it.
        /// </summary>
        private void NeedUndecided(List<VirtualNetworkPeering> peerings, FindingSink sink)
        {
            if (peerings.Count < 2)
            {
                return;
            }

            var nameUnknown = false;
            foreach (var peering in peerings)
            {
                nameUnknown |= sink.Need(Rule, peering.Name).State == FactState.Unknown;
            }

            var mayShareName = nameUnknown
                ? peerings
                : peerings.GroupBy(p => p.Name.Value, StringComparer.OrdinalIgnoreCase).Where(g => g.Skip(1).Any()).SelectMany(g => g);
            foreach (var peering in mayShareName)
            {
                sink.Need(Rule, peering.Remote);
            }
        }
    }
}
