using System.Linq;
using Peering.Rules.Catalogue;
using Peering.Rules.Model;

namespace Peering.Rules.Checks
{
    /// <summary>PEER106: more than one peering of a VNet sets UseRemoteGateways.</summary>
    public sealed class SeveralRemoteGatewaysRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER106;

        public void Check(Topology topology, FindingSink sink)
        {
            foreach (var parent in PeeringIndex.For(topology).PeeringsByParent)
            {
                if (parent.Value.Count < 2)
                {
                    continue;
                }

                // A conditional peering may never exist, so only unconditional ones make a second use.
                var unconditional = parent.Value.Where(p => !p.IsConditional).ToList();
                var users = unconditional.Where(p => p.UseRemoteGateways.Is(true)).ToList();

                // An unknown flag stops the rule only where, set, it would make a second use.
                var unknown = unconditional.Where(p => p.UseRemoteGateways.State == FactState.Unknown).ToList();
                if (users.Count + unknown.Count > 1)
                {
                    unknown.ForEach(p => sink.Need(Rule, p.UseRemoteGateways));
                }

                for (int i = 1; i < users.Count; i++)
                {
                    var first = users[0];
                    var peering = users[i];
                    sink.Report(Rule, peering.UseRemoteGateways.Source ?? peering.Declaration,
                        Describe.Capitalized(Describe.Peering(peering)) + " sets UseRemoteGateways towards " + Describe.RemoteOf(peering)
                        + ", but " + Describe.Peering(first) + " already uses the gateway of " + Describe.RemoteOf(first)
                        + ": only one peering of a VNet can use a remote gateway",
                        Describe.Places(first.UseRemoteGateways.Source ?? first.Declaration));
                }
            }
        }
    }
}
