using Peering.Rules.Catalogue;
using Peering.Rules.Model;

namespace Peering.Rules.Checks
{
    /// <summary>
    /// PEER301: a peering between two VNets the analysed set defines, with no peering back. Absence is a fact only
    /// for what is owned, so both VNets must be defined; a conditional peering back, or a peering of the remote VNet
    /// whose own remote is unknown, may be the link back and keeps it silent.
    /// </summary>
    public sealed class MissingReversePeeringRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER301;

        public void Check(Topology topology, FindingSink sink)
        {
            var index = PeeringIndex.For(topology);
            foreach (var (peering, local, remote) in index.PeeringsBetweenNetworks(Rule, sink, local => local.IsDefined && !local.IsClassic))
            {
                // Absence is known only between defined VNets, and a classic VNet has no peerings of its own: the
                // Resource Manager side is the only one.
                if (index.ReversesOf(peering).Count > 0
                    || !local.IsDefined || !remote.IsDefined || local.IsClassic || remote.IsClassic || peering.Remote.Value.IsClassic)
                {
                    continue;
                }

                var mayLinkBack = index.PeeringsToUnresolvedRemotes(remote);
                if (mayLinkBack.Count > 0)
                {
                    foreach (var other in mayLinkBack)
                    {
                        sink.Need(Rule, other.Remote);
                    }

                    continue;
                }

                sink.Report(Rule, peering.Declaration,
                    Describe.Capitalized(Describe.Peering(peering)) + " has no peering back from " + Describe.Network(remote)
                    + ": the link stays Initiated and carries no traffic until " + Describe.Network(remote) + " peers with " + Describe.Network(local),
                    Describe.Places(remote.Declaration));
            }
        }
    }
}
