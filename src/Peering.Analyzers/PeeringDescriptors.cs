using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Peering.Rules.Catalogue;

namespace Peering.Analyzers
{
    /// <summary>Diagnostic descriptors built from the rule catalogue, so IDs, titles and help links have one source.</summary>
    internal static class PeeringDescriptors
    {
        private static readonly Dictionary<string, DiagnosticDescriptor> ById = RuleCatalogue.All.ToDictionary(r => r.Id, Create);

        public static DiagnosticDescriptor For(RuleInfo rule) => ById[rule.Id];

        public static ImmutableArray<DiagnosticDescriptor> For(IEnumerable<RuleInfo> rules) =>
            rules.Select(For).ToImmutableArray();

        public static DiagnosticSeverity ToDiagnosticSeverity(RuleSeverity severity) => severity switch
        {
            RuleSeverity.Error => DiagnosticSeverity.Error,
            RuleSeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        };

        /// <summary>
        /// The default severity is the <c>current</c> profile's; under <c>2017-10</c> the analyzer reports with
        /// that profile's severity as the effective one, and <c>dotnet_diagnostic.ID.severity</c> still wins.
        /// </summary>
        private static DiagnosticDescriptor Create(RuleInfo rule)
        {
            var applies = rule.Current != RuleSeverity.NotApplicable;
            var severity = applies ? rule.Current : rule.October2017;
            var tags = (rule.Scope & RuleScope.Method) == 0 ? new[] { WellKnownDiagnosticTags.CompilationEnd } : new string[0];
            return new DiagnosticDescriptor(rule.Id, rule.Title, "{0}", rule.Category, ToDiagnosticSeverity(severity), isEnabledByDefault: true, rule.Description, rule.HelpUri, tags);
        }
    }
}
