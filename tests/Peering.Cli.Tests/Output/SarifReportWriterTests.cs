using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Peering.Cli.Output;
using Peering.Cli.Output.Sarif;
using Peering.Rules.Catalogue;
using Peering.Rules.Profiles;
using static Peering.Cli.Tests.Output.ReportBuilder;

namespace Peering.Cli.Tests.Output
{
    public class SarifReportWriterTests
    {
        [Fact]
        public void Log_of_a_run_with_findings_is_valid_against_the_schema()
        {
            SarifSchema.AssertValid(Render(HubAndSpokes().Build()));
        }

        [Fact]
        public void Empty_log_is_valid_and_still_describes_the_rules()
        {
            var sarif = Render(new ReportBuilder().Build());

            SarifSchema.AssertValid(sarif);
            using var json = JsonDocument.Parse(sarif);
            var run = json.RootElement.GetProperty("runs")[0];
            Assert.Equal(0, run.GetProperty("results").GetArrayLength());
            Assert.True(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength() > 0);
        }

        [Fact]
        public void Schema_check_rejects_a_broken_log()
        {
            var log = JsonNode.Parse(Render(HubAndSpokes().Build()))!;
            log["runs"]![0]!["results"]![0]!["level"] = "fatal";
            log["runs"]![0]!["results"]![1]!["locations"]![0]!["physicalLocation"]!["region"]!["startLine"] = 0;

            var errors = SarifSchema.Errors(log.ToJsonString());

            Assert.Contains("/runs/0/results/0/level", errors);
            Assert.Contains("/runs/0/results/1/locations/0/physicalLocation/region/startLine", errors);
        }

        [Fact]
        public void Driver_describes_every_rule_the_validator_can_report()
        {
            using var json = JsonDocument.Parse(Render(HubAndSpokes().Build()));
            var driver = json.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
            var rules = driver.GetProperty("rules").EnumerateArray().ToArray();

            Assert.Equal("peering-check", driver.GetProperty("name").GetString());
            Assert.Equal("1.2.3", driver.GetProperty("version").GetString());
            Assert.Equal(Report.InformationUri, driver.GetProperty("informationUri").GetString());
            Assert.Equal(
                RuleCatalogue.All.Where(r => (r.Scope & RuleScope.Templates) != 0).Select(r => r.Id),
                rules.Select(r => r.GetProperty("id").GetString()));
            Assert.DoesNotContain(rules, r => r.GetProperty("id").GetString() == "PEER203");
            var peer301 = rules.Single(r => r.GetProperty("id").GetString() == "PEER301");
            Assert.Equal("PeeringHasNoReversePeering", peer301.GetProperty("name").GetString());
            Assert.Equal(RuleCatalogue.PEER301.Title, peer301.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.Equal(RuleCatalogue.PEER301.Description, peer301.GetProperty("fullDescription").GetProperty("text").GetString());
            Assert.Equal(RuleCatalogue.DocsBaseUri + "PEER301.md", peer301.GetProperty("helpUri").GetString());
            Assert.Equal("warning", peer301.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        }

        [Theory]
        [InlineData(PlatformProfile.Current, "none", false, "note")]
        [InlineData(PlatformProfile.October2017, "error", true, "error")]
        public void Default_levels_follow_the_profile(PlatformProfile profile, string peer503Level, bool peer503Enabled, string peer101Level)
        {
            using var json = JsonDocument.Parse(Render(new ReportBuilder { Profile = profile }.Build()));
            var rules = json.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
            var peer503 = rules.Single(r => r.GetProperty("id").GetString() == "PEER503").GetProperty("defaultConfiguration");
            var peer101 = rules.Single(r => r.GetProperty("id").GetString() == "PEER101").GetProperty("defaultConfiguration");

            Assert.Equal(peer503Level, peer503.GetProperty("level").GetString());
            Assert.Equal(peer503Enabled, peer503.GetProperty("enabled").GetBoolean());
            Assert.Equal(peer101Level, peer101.GetProperty("level").GetString());
        }

        [Fact]
        public void Results_point_at_their_rule_file_and_region()
        {
            using var json = JsonDocument.Parse(Render(HubAndSpokes().Build()));
            var run = json.RootElement.GetProperty("runs")[0];
            var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
            var results = run.GetProperty("results").EnumerateArray().ToArray();

            Assert.Equal(new[] { "PEER902", "PEER102", "PEER301" }, results.Select(r => r.GetProperty("ruleId").GetString()));
            Assert.Equal(new[] { "note", "error", "warning" }, results.Select(r => r.GetProperty("level").GetString()));
            Assert.All(results, r => Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString()));
            var peer102 = results[1];
            Assert.Equal("Peering 'spoke1-to-hub' of VNet 'spoke1' sets both UseRemoteGateways and AllowGatewayTransit.", peer102.GetProperty("message").GetProperty("text").GetString());
            var physical = peer102.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Equal("spokes.json", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal("%SRCROOT%", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
            Assert.Equal(12, physical.GetProperty("region").GetProperty("startLine").GetInt32());
            Assert.Equal(9, physical.GetProperty("region").GetProperty("startColumn").GetInt32());
            Assert.Equal("file:///repo/", run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
            Assert.Equal("current", run.GetProperty("properties").GetProperty("profile").GetString());
        }

        [Fact]
        public void Paths_become_relative_forward_slash_uris_under_the_source_root()
        {
            var builder = new ReportBuilder();
            builder.Finding(RuleCatalogue.PEER301, "a", At("/repo/infra/hub net.json", 1));
            builder.Finding(RuleCatalogue.PEER301, "b", At("./infra\\spokes#1.json", 2));
            builder.Finding(RuleCatalogue.PEER301, "c", At("/elsewhere/ü.json", 3));
            var sarif = Render(builder.Build());

            SarifSchema.AssertValid(sarif);
            using var json = JsonDocument.Parse(sarif);
            var artifacts = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation"))
                .ToDictionary(a => a.GetProperty("uri").GetString()!, a => a.TryGetProperty("uriBaseId", out var id) ? id.GetString() : null);
            Assert.Equal("%SRCROOT%", artifacts["infra/spokes%231.json"]);
            Assert.Equal("%SRCROOT%", artifacts["infra/hub%20net.json"]);
            Assert.Null(artifacts["file:///elsewhere/%C3%BC.json"]);
        }

        [Fact]
        public void Paths_given_in_a_subfolder_are_reported_from_the_repository_root()
        {
            var builder = new ReportBuilder();
            builder.Finding(RuleCatalogue.PEER301, "a", At("spokes.json", 1));

            var result = Results(Render(builder.Build(root: "/repo", workingDirectory: "/repo/infra")))[0];

            Assert.Equal("infra/spokes.json", result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        }

        [Fact]
        public void Additional_locations_are_related_locations_and_fingerprints_ignore_the_line()
        {
            var first = new ReportBuilder();
            first.Finding(RuleCatalogue.PEER201, "VNet 'a' overlaps VNet 'b'.", At("a.json", 3), At("b.json", 9, 4));
            first.Finding(RuleCatalogue.PEER201, "VNet 'a' overlaps VNet 'b'.", At("a.json", 7));
            var moved = new ReportBuilder();
            moved.Finding(RuleCatalogue.PEER201, "VNet 'a' overlaps VNet 'b'.", At("a.json", 30), At("b.json", 9, 4));
            moved.Finding(RuleCatalogue.PEER201, "VNet 'a' overlaps VNet 'b'.", At("a.json", 70));

            var before = Results(Render(first.Build()));
            var after = Results(Render(moved.Build()));

            var related = before[0].GetProperty("relatedLocations")[0];
            Assert.Equal(1, related.GetProperty("id").GetInt32());
            Assert.Equal("b.json", related.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal(Fingerprints(before), Fingerprints(after));
            Assert.NotEqual(Fingerprints(before)[0], Fingerprints(before)[1]);
        }

        [Fact]
        public void Related_locations_stop_at_GitHubs_limit()
        {
            var builder = new ReportBuilder();
            var peerings = Enumerable.Range(1, 1500).Select(i => At("hub.json", i)).ToArray();
            builder.Finding(RuleCatalogue.PEER501, "VNet 'hub' has 1500 peerings.", At("hub.json", 1), peerings);

            var result = Results(Render(builder.Build()))[0];

            // GitHub rejects a result with more than 1,000 locations: the primary one and 999 related ones.
            Assert.Equal(999, result.GetProperty("relatedLocations").GetArrayLength());
        }

        [Fact]
        public void A_finding_without_a_file_becomes_a_tool_notification()
        {
            var builder = new ReportBuilder();
            builder.Finding(RuleCatalogue.PEER901, "File 'c.json' cannot be read.", null);
            var sarif = Render(builder.Build());

            SarifSchema.AssertValid(sarif);
            using var json = JsonDocument.Parse(sarif);
            var run = json.RootElement.GetProperty("runs")[0];
            Assert.Equal(0, run.GetProperty("results").GetArrayLength());
            var notification = run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications")[0];
            Assert.Equal("error", notification.GetProperty("level").GetString());
            Assert.Equal("File 'c.json' cannot be read.", notification.GetProperty("message").GetProperty("text").GetString());
            Assert.Equal("PEER901", notification.GetProperty("associatedRule").GetProperty("id").GetString());
        }

        [Fact]
        public void Results_over_GitHubs_limit_are_dropped_errors_last_and_the_drop_is_reported()
        {
            var builder = new ReportBuilder();
            for (int i = 0; i < SarifReportWriter.MaxResults; i++)
            {
                builder.Finding(RuleCatalogue.PEER304, "info " + i, At("a.json", i + 1));
            }

            builder.Finding(RuleCatalogue.PEER102, "the error", At("z.json", 1));

            var sarif = Render(builder.Build());
            var results = Results(sarif);
            using var json = JsonDocument.Parse(sarif);

            Assert.Equal(SarifReportWriter.MaxResults, results.Length);
            Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "PEER102");
            var notification = json.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("toolExecutionNotifications")[0];
            Assert.StartsWith("1 more findings were left out", notification.GetProperty("message").GetProperty("text").GetString());
        }

        [Fact]
        public void Every_result_has_what_code_scanning_requires()
        {
            using var json = JsonDocument.Parse(Render(HubAndSpokes().Build()));

            Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
            Assert.Single(json.RootElement.GetProperty("runs").EnumerateArray());
            Assert.All(json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(), result =>
            {
                Assert.False(string.IsNullOrEmpty(result.GetProperty("ruleId").GetString()));
                Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
                var physical = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
                Assert.False(string.IsNullOrEmpty(physical.GetProperty("artifactLocation").GetProperty("uri").GetString()));
                Assert.True(physical.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
                Assert.True(result.GetProperty("partialFingerprints").TryGetProperty(SarifFingerprints.Key, out _));
            });
        }

        [Fact]
        public void Hostile_text_stays_valid_and_reads_back_unchanged()
        {
            const string message = "VNet 'x\"</script>\r\n%0A::error::\u202eü🙂' is invalid.";
            var builder = new ReportBuilder();
            builder.Finding(RuleCatalogue.PEER403, message, At("d\"ir/</script> %0A\n ü.json", 1));

            var sarif = Render(builder.Build());

            SarifSchema.AssertValid(sarif);
            Assert.DoesNotContain("</script>", sarif);
            var result = Results(sarif)[0];
            Assert.Equal(message, result.GetProperty("message").GetProperty("text").GetString());
            Assert.Equal(
                "d%22ir/%3C/script%3E%20%250A%0A%20%C3%BC.json",
                result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        }

        internal static string Render(Report report)
        {
            var output = new StringWriter();
            new SarifReportWriter().Write(report, output);
            return output.ToString();
        }

        private static JsonElement[] Results(string sarif) =>
            JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();

        private static string?[] Fingerprints(JsonElement[] results) =>
            results.Select(r => r.GetProperty("partialFingerprints").GetProperty(SarifFingerprints.Key).GetString()).ToArray();
    }
}
