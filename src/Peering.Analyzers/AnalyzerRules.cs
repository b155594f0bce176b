using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Catalogue;
using Peering.Rules.Checks;

namespace Peering.Analyzers
{
    /// <summary>
    /// Which analyzer reports which rule; each rule id belongs to exactly one. A rule decided inside one method (catalogue
    /// scope M alone) is reported live, while typing, by <see cref="PeeringMethodAnalyzer"/>. A rule that may need facts of
    /// another method (scope C) is reported at compilation end by <see cref="PeeringCompilationAnalyzer"/>, also where one
    /// method suffices (PEER101, PEER203 and PEER302 have both scopes): the IDE takes the live diagnostics of an id as the
    /// current ones, so an id reported live and at the end could lose the findings only the end sees.
    /// </summary>
    internal static class AnalyzerRules
    {
        /// <summary>The rules of <see cref="PeeringMethodAnalyzer"/>.</summary>
        public static IReadOnlyList<IPeeringRule> Live { get; } =
            PeeringRules.For(RuleScope.Method).Where(r => !IsCompilationEnd(r.Rule)).ToArray();

        /// <summary>The rules of <see cref="PeeringCompilationAnalyzer"/>.</summary>
        public static IReadOnlyList<IPeeringRule> CompilationEnd { get; } = PeeringRules.For(RuleScope.Compilation);

        /// <summary>True for a rule reported at compilation end.</summary>
        public static bool IsCompilationEnd(RuleInfo rule) => (rule.Scope & RuleScope.Compilation) != 0;
    }
}
