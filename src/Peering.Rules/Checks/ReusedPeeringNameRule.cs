using System;
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
                var sameName = parent.Value
                    .Where(p => !p.IsConditional && p.Name.IsKnown && p.RemoteNetwork != null)
                    .GroupBy(p => p.Name.Value, StringComparer.OrdinalIgnoreCase);
                foreach (var group in sameName)
                {
                    var first = group.First();
                    foreach (var later in group.Skip(1).Where(p => !Topology.SameNetwork(p.RemoteNetwork, first.RemoteNetwork)))
                    {
                        sink.Report(Rule, later.Name.Source ?? later.Declaration,
                            Describe.Capitalized(Describe.Peering(later)) + " points at " + Describe.Network(later.RemoteNetwork)
                            + ", but the same name already points at " + Describe.Network(first.RemoteNetwork)
                            + ": the remote of an existing peering cannot change (ChangingRemoteVirtualNetworkNotAllowed); derive the name from the remote VNet",
                            Describe.Places(first.Declaration));
                    }
                }
            }
        }
    }
}
