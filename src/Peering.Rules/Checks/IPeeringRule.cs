using Peering.Rules.Catalogue;
using Peering.Rules.Model;

namespace Peering.Rules.Checks
{
    /// <summary>A rule: a pure function from a topology (and the run's options) to findings.</summary>
    public interface IPeeringRule
    {
        RuleInfo Rule { get; }

        void Check(Topology topology, FindingSink sink);
    }
}
