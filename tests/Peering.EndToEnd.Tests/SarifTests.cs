using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Peering.EndToEnd.Tests.Infrastructure;

namespace Peering.EndToEnd.Tests
{
    /// <summary>The compiler's SARIF log (ErrorLog) carries the rule's help link and the finding's line, for code scanning.</summary>
    [Collection(EndToEndCollection.Name)]
    public sealed class SarifTests(PackedPackageFixture fixture)
    {
        [Fact]
        public void Sarif_log_has_PEER102_rule_with_help_uri_and_result_at_the_planted_line()
        {
            Assert.True(File.Exists(fixture.PlantedSarif), "No SARIF log was written." + Environment.NewLine + fixture.PlantedBuild);
            using var log = JsonDocument.Parse(File.ReadAllText(fixture.PlantedSarif));
            var run = log.RootElement.GetProperty("runs")[0];

            var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
                .SingleOrDefault(r => r.GetProperty("id").GetString() == "PEER102");
            Assert.True(rule.ValueKind == JsonValueKind.Object, "No PEER102 rule in the SARIF log.");
            Assert.True(rule.TryGetProperty("helpUri", out var helpUri), "The PEER102 rule has no helpUri.");
            Assert.EndsWith("docs/rules/PEER102.md", helpUri.GetString(), StringComparison.Ordinal);

            var plantedLine = PlantedMistakes.Line(fixture.Planted.ProgramFile, "PEER102");
            var lines = run.GetProperty("results").EnumerateArray()
                .Where(r => r.GetProperty("ruleId").GetString() == "PEER102")
                .SelectMany(r => r.GetProperty("locations").EnumerateArray())
                .Select(l => l.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32())
                .ToList();
            Assert.Contains(plantedLine, lines);
        }
    }
}
