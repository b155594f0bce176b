using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CodeFixes;
using Peering.Analyzers.Tests.Infrastructure;
using Peering.CodeFixes;
using Peering.Rules.Catalogue;

namespace Peering.Analyzers.Tests
{
    /// <summary>The descriptors, their help pages, the README table and the release-tracking file tell one story.</summary>
    public sealed class CatalogueConsistencyTests
    {
        /// <summary>One descriptor per rule the analyzers report (a rule of both scopes is supported by both analyzers).</summary>
        private static readonly IReadOnlyList<Microsoft.CodeAnalysis.DiagnosticDescriptor> Descriptors = new PeeringMethodAnalyzer().SupportedDiagnostics
            .Concat(new PeeringCompilationAnalyzer().SupportedDiagnostics)
            .GroupBy(d => d.Id)
            .Select(g => g.First())
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
                var page = Path.Combine(Repository.Root, "docs", "rules", descriptor.HelpLinkUri[RuleCatalogue.DocsBaseUri.Length..]);
                Assert.True(File.Exists(page), $"{descriptor.Id}: no page at {page}");
                Assert.StartsWith("# " + descriptor.Id + ": " + descriptor.Title, File.ReadAllText(page), StringComparison.Ordinal);
            }
        }

        [Fact]
        public void Every_fixable_rule_is_a_supported_diagnostic() =>
            Assert.Subset(Descriptors.Select(d => d.Id).ToHashSet(), Fixable);

        [Fact]
        public void The_readme_rule_table_matches_the_analyzers()
        {
            var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
            var start = readme.IndexOf("<!-- rules:start -->", StringComparison.Ordinal);
            var end = readme.IndexOf("<!-- rules:end -->", StringComparison.Ordinal);
            Assert.True(start >= 0 && end > start, "README.md has no rules table markers");
            var rows = readme[start..end].Split('\n').Select(l => l.Trim()).Where(l => Regex.IsMatch(l, @"^\| \[PEER\d{3}\]")).ToList();

            var expected = Descriptors.OrderBy(d => d.Id, StringComparer.Ordinal).Select(d =>
            {
                var rule = RuleCatalogue.Find(d.Id)!;
                return $"| [{rule.Id}](docs/rules/{rule.Id}.md) | {rule.Title} | {Name(rule.Current)} | {Name(rule.October2017)} | {(Fixable.Contains(rule.Id) ? "yes" : "no")} |";
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

        private static string Name(RuleSeverity severity) => severity switch
        {
            RuleSeverity.NotApplicable => "-",
            _ => severity.ToString().ToLowerInvariant(),
        };
    }
}
