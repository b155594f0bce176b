using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Peering.Analyzers.Tests.Infrastructure;
using Peering.Rules.Catalogue;
using Peering.Rules.Profiles;

namespace Peering.Analyzers.Tests
{
    /// <summary>
    /// Every case file, compiled against every shape of its library under both profiles, reports exactly the diagnostics its
    /// markup names, at the marked spans, with the severity the catalogue gives the profile.
    /// </summary>
    public sealed class CaseTests
    {
        public static IEnumerable<object[]> Cases() =>
            from file in CaseFiles.All
            from shape in file.Shapes
            from profile in new[] { PlatformProfiles.CurrentName, PlatformProfiles.October2017Name }
            select new object[] { file.Name, shape, profile };

        [Theory]
        [MemberData(nameof(Cases))]
        public async Task Reports_exactly_the_marked_diagnostics(string caseName, SdkShape shape, string profile)
        {
            var file = CaseFiles.Get(caseName);
            var (source, marked) = CaseMarkup.Parse(file.Text);
            var compilation = AnalyzerRunner.Compile(source, shape);
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, "The case does not compile:\n" + string.Join("\n", errors));

            var result = await AnalyzerRunner.RunAsync(compilation, profile, file.Options);

            Assert.Empty(result.Exceptions);
            var expected = marked
                .Where(e => e.Profile == null || e.Profile == profile)
                .Select(e => $"{e.Id} {Show(source, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(e.Start, e.End))}")
                .OrderBy(s => s, System.StringComparer.Ordinal)
                .ToList();
            Assert.DoesNotContain(marked, e => file.IgnoredRules.Contains(e.Id));
            var actual = result.Diagnostics
                .Where(d => !file.IgnoredRules.Contains(d.Id))
                .Select(d => $"{d.Id} {Show(source, d.Location.SourceSpan)}")
                .OrderBy(s => s, System.StringComparer.Ordinal)
                .ToList();
            Assert.True(expected.SequenceEqual(actual),
                "Expected:\n  " + string.Join("\n  ", expected) + "\nActual:\n  " + string.Join("\n  ", result.Diagnostics.Select(d => d.ToString())));

            PlatformProfiles.TryParse(profile, out var parsedProfile);
            foreach (var diagnostic in result.Diagnostics)
            {
                var rule = RuleCatalogue.Find(diagnostic.Id)!;
                Assert.Equal(PeeringDescriptors.ToDiagnosticSeverity(rule.SeverityFor(parsedProfile)), diagnostic.Severity);
            }
        }

        private static string Show(string source, Microsoft.CodeAnalysis.Text.TextSpan span) =>
            "[" + span.Start + ".." + span.End + ") " + source.Substring(span.Start, span.Length).Replace("\n", " ");
    }
}
