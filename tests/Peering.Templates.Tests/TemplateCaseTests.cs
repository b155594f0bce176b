using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Catalogue;
using Peering.Rules.Checks;
using Peering.Rules.Profiles;
using Peering.Templates.Tests.Infrastructure;

namespace Peering.Templates.Tests
{
    /// <summary>
    /// Every template case, under both profiles, gives exactly the findings its markup names, at the marked places (the
    /// line and column where each marked text starts), with the severity the catalogue gives the profile.
    /// </summary>
    public sealed class TemplateCaseTests
    {
        public static IEnumerable<object[]> Cases() =>
            from file in TemplateCaseFiles.All
            from profile in new[] { PlatformProfiles.CurrentName, PlatformProfiles.October2017Name }
            select new object[] { file.Name, profile };

        [Theory]
        [MemberData(nameof(Cases))]
        public void Reports_exactly_the_marked_findings(string caseName, string profile)
        {
            var file = TemplateCaseFiles.Get(caseName);
            var (source, marked) = CaseMarkup.Parse(file.Text);
            PlatformProfiles.TryParse(profile, out var parsedProfile);
            var path = caseName.Split('/').Last();

            var result = TemplateAnalyzer.Analyze(new[] { new TemplateDocument(path, source) }, new AnalysisOptions(parsedProfile, file.ClosedWorld), new SuppressionSet());

            Assert.DoesNotContain(marked, e => file.IgnoredRules.Contains(e.Id));
            var expected = marked
                .Where(e => e.Profile == null || e.Profile == profile)
                .Select(e => e.Id + " " + Place(source, e.Start))
                .OrderBy(s => s, System.StringComparer.Ordinal)
                .ToList();
            var findings = result.Findings.Where(f => !file.IgnoredRules.Contains(f.Rule.Id)).ToList();
            var actual = findings
                .Select(f => f.Rule.Id + " " + Place((SourceLocation)f.Location!))
                .OrderBy(s => s, System.StringComparer.Ordinal)
                .ToList();
            Assert.True(expected.SequenceEqual(actual),
                "Expected:\n  " + string.Join("\n  ", expected) + "\nActual:\n  " + string.Join("\n  ", findings.Select(f => f.Rule.Id + " " + Place((SourceLocation)f.Location!) + " " + f.Message)));
            foreach (var finding in findings)
            {
                Assert.Equal(RuleCatalogue.Find(finding.Rule.Id)!.SeverityFor(parsedProfile), finding.Severity);
            }
        }

        /// <summary>"line:column", 1-based, of an offset of the case's text.</summary>
        private static string Place(string source, int offset)
        {
            var before = source[..offset];
            var line = before.Count(c => c == '\n') + 1;
            var column = offset - (before.LastIndexOf('\n') + 1) + 1;
            return line + ":" + column;
        }

        private static string Place(SourceLocation location) => location.Line + ":" + location.Column;
    }
}
