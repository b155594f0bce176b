using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Peering.Rules.Catalogue;
using Peering.Rules.Checks;

namespace Peering.Analyzers
{
    /// <summary>Diagnostic descriptors built from the rule catalogue, so IDs, titles and help links have one source.</summary>
    internal static class PeeringDescriptors
    {
        private static readonly Dictionary<string, DiagnosticDescriptor> ById = RuleCatalogue.All.ToDictionary(r => r.Id, Create);

        public static DiagnosticDescriptor For(RuleInfo rule) => ById[rule.Id];

        public static ImmutableArray<DiagnosticDescriptor> For(IEnumerable<IPeeringRule> rules) =>
            rules.Select(r => For(r.Rule)).ToImmutableArray();

        /// <summary>The diagnostic of a finding: its message, severity under the profile, related places and fix properties.</summary>
        public static Diagnostic ToDiagnostic(Finding finding, Location location) =>
            Diagnostic.Create(
                For(finding.Rule),
                location,
                ToDiagnosticSeverity(finding.Severity),
                finding.AdditionalLocations.OfType<Location>(),
                finding.Properties.ToImmutableDictionary(p => p.Key, p => (string?)p.Value),
                finding.Message);

        public static DiagnosticSeverity ToDiagnosticSeverity(RuleSeverity severity) => severity switch
        {
            RuleSeverity.Error => DiagnosticSeverity.Error,
            RuleSeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        };

        /// <summary>
        /// The default severity is the <c>current</c> profile's; under <c>2017-10</c> the analyzer reports with
        /// that profile's severity as the effective one, and <c>dotnet_diagnostic.ID.severity</c> still wins. A rule
        /// reported at compilation end carries the <c>CompilationEnd</c> tag, so the IDE knows it appears only after a
        /// build or with full-solution analysis.
        /// </summary>
        private static DiagnosticDescriptor Create(RuleInfo rule)
        {
            var applies = rule.Current != RuleSeverity.NotApplicable;
            var severity = applies ? rule.Current : rule.October2017;
            var tags = AnalyzerRules.IsCompilationEnd(rule) ? new[] { WellKnownDiagnosticTags.CompilationEnd } : new string[0];
            return new DiagnosticDescriptor(rule.Id, rule.Title, "{0}", rule.Category, ToDiagnosticSeverity(severity), isEnabledByDefault: true, rule.Description, rule.HelpUri, tags);
        }
    }
}
