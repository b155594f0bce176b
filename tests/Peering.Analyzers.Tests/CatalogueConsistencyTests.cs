using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Peering.CodeFixes;
using Peering.Rules.Catalogue;
using Peering.Rules.Checks;

namespace Peering.Analyzers.Tests
{
    /// <summary>The descriptors, their help pages, the README table and the release-tracking file tell one story.</summary>
    public sealed class CatalogueConsistencyTests
    {
        /// <summary>The descriptors of every analyzer of the package, one per rule ID.</summary>
        private static readonly IReadOnlyList<Microsoft.CodeAnalysis.DiagnosticDescriptor> Descriptors = typeof(PeeringMethodAnalyzer).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .DistinctBy(d => d.Id)
            .ToList();

        private static readonly HashSet<string> Fixable = typeof(ConflictingGatewayFlagsFixProvider).Assembly.GetTypes()
            .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds)
            .ToHashSet();

        [Fact]
        public void Every_help_link_points_at_an_existing_rule_page()
        {
            foreach (var descriptor in Descriptors)
            {
                Assert.StartsWith(RuleCatalogue.DocsBaseUri, descriptor.HelpLinkUri, StringComparison.Ordinal);
                var page = Path.Combine(TestRepository.Root, "docs", "rules", descriptor.HelpLinkUri[RuleCatalogue.DocsBaseUri.Length..]);
                Assert.True(File.Exists(page), $"{descriptor.Id}: no page at {page}");
                Assert.StartsWith("# " + descriptor.Id + ": " + descriptor.Title, File.ReadAllText(page), StringComparison.Ordinal);
            }
        }

        /// <summary>
        /// A rule of the C# scopes is reported by exactly one analyzer: live by the method analyzer when one method decides
        /// it, else at compilation end (tagged so) by the compilation analyzer.
        /// </summary>
        [Fact]
        public void Every_csharp_rule_belongs_to_exactly_one_analyzer()
        {
            var owners = typeof(PeeringMethodAnalyzer).Assembly.GetTypes()
                .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
                .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics.Select(d => (d.Id, Analyzer: t, CompilationEnd: d.CustomTags.Contains(Microsoft.CodeAnalysis.WellKnownDiagnosticTags.CompilationEnd))))
                .ToLookup(o => o.Id);
            var csharpRules = RuleCatalogue.All.Where(r => (r.Scope & (RuleScope.Method | RuleScope.Compilation)) != 0).ToList();

            Assert.Equal(csharpRules.Select(r => r.Id).OrderBy(id => id, StringComparer.Ordinal), owners.Select(o => o.Key).OrderBy(id => id, StringComparer.Ordinal));
            foreach (var rule in csharpRules)
            {
                var owner = Assert.Single(owners[rule.Id]);
                var compilationEnd = (rule.Scope & RuleScope.Compilation) != 0;
                Assert.Equal(compilationEnd ? typeof(PeeringCompilationAnalyzer) : typeof(PeeringMethodAnalyzer), owner.Analyzer);
                Assert.Equal(compilationEnd, owner.CompilationEnd);
            }
        }

        [Fact]
        public void Every_fixable_rule_is_a_supported_diagnostic() =>
            Assert.Subset(Descriptors.Select(d => d.Id).ToHashSet(), Fixable);

        [Fact]
        public void Every_rule_of_the_rule_set_has_a_page_titled_like_its_catalogue_entry()
        {
            foreach (var rule in PeeringRules.All.Select(r => r.Rule))
            {
                var page = Path.Combine(TestRepository.Root, "docs", "rules", rule.Id + ".md");
                Assert.True(File.Exists(page), $"{rule.Id}: no page at {page}");
                Assert.StartsWith("# " + rule.Id + ": " + rule.Title, File.ReadAllText(page), StringComparison.Ordinal);
            }
        }

        /// <summary>The table lists every rule the product reports: the rule set (C# and templates) and the analyzers' descriptors.</summary>
        [Fact]
        public void The_readme_rule_table_lists_every_implemented_rule()
        {
            var readme = File.ReadAllText(Path.Combine(TestRepository.Root, "README.md"));
            var start = readme.IndexOf("<!-- rules:start -->", StringComparison.Ordinal);
            var end = readme.IndexOf("<!-- rules:end -->", StringComparison.Ordinal);
            Assert.True(start >= 0 && end > start, "README.md has no rules table markers");
            var rows = readme[start..end].Split('\n').Select(l => l.Trim()).Where(l => Regex.IsMatch(l, @"^\| \[PEER\d{3}\]")).ToList();

            var expected = PeeringRules.All.Select(r => r.Rule.Id).Union(Descriptors.Select(d => d.Id)).OrderBy(id => id, StringComparer.Ordinal).Select(id =>
            {
                var rule = RuleCatalogue.Find(id)!;
                return $"| [{rule.Id}](docs/rules/{rule.Id}.md) | {rule.Title} | {Name(rule.Current)} | {Name(rule.October2017)} | {Where(rule.Scope)} | {(Fixable.Contains(rule.Id) ? "yes" : "no")} |";
            }).ToList();
            Assert.Equal(expected, rows);
        }

        [Fact]
        public void The_unshipped_release_file_lists_every_supported_rule()
        {
            var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Releases", "AnalyzerReleases.Unshipped.md"))
                .Where(l => l.StartsWith("PEER", StringComparison.Ordinal))
                .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
                .ToDictionary(c => c[0], c => (Category: c[1], Severity: c[2]));
            Assert.Equal(Descriptors.Select(d => d.Id).OrderBy(i => i), lines.Keys.OrderBy(i => i));
            foreach (var descriptor in Descriptors)
            {
                Assert.Equal((descriptor.Category, descriptor.DefaultSeverity.ToString()), lines[descriptor.Id]);
            }
        }

        /// <summary>
        /// The "Where" column: C# for rules decided in a method or a compilation, Pulumi for those decided in Pulumi programs
        /// (by either provider; the rule pages say which), each declarative Azure library that decides the rule too,
        /// templates and Terraform for the validator.
        /// </summary>
        private static string Where(RuleScope scope) => string.Join(", ", new[]
        {
            (scope & (RuleScope.Method | RuleScope.Compilation)) != 0 ? "C#" : null,
            (scope & (RuleScope.PulumiAzureNative | RuleScope.PulumiAzure)) != 0 ? "Pulumi" : null,
            (scope & RuleScope.AzureProvisioning) != 0 ? "Azure.Provisioning" : null,
            (scope & RuleScope.Templates) != 0 ? "templates" : null,
            (scope & RuleScope.Terraform) != 0 ? "Terraform" : null,
        }.Where(w => w != null));

        private static string Name(RuleSeverity severity) => severity switch
        {
            RuleSeverity.NotApplicable => "-",
            _ => severity.ToString().ToLowerInvariant(),
        };
    }
}
