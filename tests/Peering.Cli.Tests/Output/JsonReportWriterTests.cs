using System.IO;
using System.Linq;
using System.Text.Json;
using Peering.Cli.Output;
using Peering.Cli.Output.Json;
using Peering.Rules.Catalogue;
using static Peering.Cli.Tests.Output.ReportBuilder;

namespace Peering.Cli.Tests.Output
{
    public class JsonReportWriterTests
    {
        [Fact]
        public void Report_has_the_documented_shape()
        {
            using var json = Render(HubAndSpokes().File("hub.json").Build());
            var root = json.RootElement;

            Assert.Equal(
                new[] { "schemaVersion", "tool", "profile", "files", "findings", "notEvaluated", "summary" },
                root.EnumerateObject().Select(p => p.Name));
            Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
            Assert.Equal("peering-check", root.GetProperty("tool").GetProperty("name").GetString());
            Assert.Equal("1.2.3", root.GetProperty("tool").GetProperty("version").GetString());
            Assert.Equal("current", root.GetProperty("profile").GetString());
            Assert.Equal(new[] { "hub.json", "spokes.json" }, root.GetProperty("files").EnumerateArray().Select(f => f.GetString()));

            var peer102 = root.GetProperty("findings")[1];
            Assert.Equal(
                new[] { "ruleId", "title", "severity", "message", "file", "line", "column", "helpUri", "additionalLocations" },
                peer102.EnumerateObject().Select(p => p.Name));
            Assert.Equal("PEER102", peer102.GetProperty("ruleId").GetString());
            Assert.Equal(RuleCatalogue.PEER102.Title, peer102.GetProperty("title").GetString());
            Assert.Equal("error", peer102.GetProperty("severity").GetString());
            Assert.Equal("spokes.json", peer102.GetProperty("file").GetString());
            Assert.Equal(12, peer102.GetProperty("line").GetInt32());
            Assert.Equal(9, peer102.GetProperty("column").GetInt32());
            Assert.Equal(RuleCatalogue.DocsBaseUri + "PEER102.md", peer102.GetProperty("helpUri").GetString());
            Assert.Equal(0, peer102.GetProperty("additionalLocations").GetArrayLength());

            Assert.Equal(new[] { "PEER902", "PEER102", "PEER301" }, root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()));
            var summary = root.GetProperty("summary");
            Assert.Equal((1, 1, 1, 2), (summary.GetProperty("errors").GetInt32(), summary.GetProperty("warnings").GetInt32(), summary.GetProperty("infos").GetInt32(), summary.GetProperty("files").GetInt32()));
            Assert.Equal(0, summary.GetProperty("notEvaluated").GetInt32());
            Assert.Equal(0, root.GetProperty("notEvaluated").GetArrayLength());
        }

        [Fact]
        public void Values_no_rule_needed_are_listed_and_counted()
        {
            var builder = HubAndSpokes();
            builder.NotEvaluated.Add(new Peering.Templates.UnevaluatedConstruct("the function 'guid'", At("hub.json", 31, 17)));
            builder.NotEvaluated.Add(new Peering.Templates.UnevaluatedConstruct("the linked template 'net.json' (templateLink.relativePath, not followed)", At("spokes.json", 7, 9)));

            using var json = Render(builder.Build());
            var listed = json.RootElement.GetProperty("notEvaluated");

            Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("notEvaluated").GetInt32());
            Assert.Equal(new[] { "construct", "file", "line", "column" }, listed[0].EnumerateObject().Select(p => p.Name));
            Assert.Equal(("the function 'guid'", "hub.json", 31, 17), (listed[0].GetProperty("construct").GetString(), listed[0].GetProperty("file").GetString(), listed[0].GetProperty("line").GetInt32(), listed[0].GetProperty("column").GetInt32()));
            Assert.Equal("spokes.json", listed[1].GetProperty("file").GetString());
        }

        [Fact]
        public void Unlocated_findings_have_null_positions_and_additional_locations_are_listed()
        {
            var builder = new ReportBuilder { Profile = Rules.Profiles.PlatformProfile.October2017 };
            builder.Finding(RuleCatalogue.PEER901, "File 'c.json' cannot be read.", null);
            builder.Finding(RuleCatalogue.PEER201, "VNet 'a' overlaps VNet 'b'.", At("b.json", 3), At("a.json", 9, 4));

            using var json = Render(builder.Build());
            var findings = json.RootElement.GetProperty("findings");

            Assert.Equal("2017-10", json.RootElement.GetProperty("profile").GetString());
            var related = findings[0].GetProperty("additionalLocations")[0];
            Assert.Equal(("a.json", 9, 4), (related.GetProperty("file").GetString(), related.GetProperty("line").GetInt32(), related.GetProperty("column").GetInt32()));
            Assert.Equal(JsonValueKind.Null, findings[1].GetProperty("file").ValueKind);
            Assert.Equal(JsonValueKind.Null, findings[1].GetProperty("line").ValueKind);
            Assert.Equal(JsonValueKind.Null, findings[1].GetProperty("column").ValueKind);
        }

        [Fact]
        public void Empty_report_has_empty_lists_and_zero_counts()
        {
            using var json = Render(new ReportBuilder().Build());

            Assert.Equal(0, json.RootElement.GetProperty("files").GetArrayLength());
            Assert.Equal(0, json.RootElement.GetProperty("findings").GetArrayLength());
            Assert.All(json.RootElement.GetProperty("summary").EnumerateObject(), p => Assert.Equal(0, p.Value.GetInt32()));
        }

        [Fact]
        public void Hostile_text_is_escaped_and_read_back_unchanged()
        {
            const string message = "VNet 'x\"</script><b>\r\n%0A::error::ü🙂' is invalid.";
            const string path = "dir\\</script>\".json";
            var builder = new ReportBuilder().File(path);
            builder.Finding(RuleCatalogue.PEER403, message, At(path, 1));
            var output = new StringWriter();

            new JsonReportWriter().Write(builder.Build(), output);

            Assert.DoesNotContain("</script>", output.ToString());
            Assert.DoesNotContain("<b>", output.ToString());
            using var json = JsonDocument.Parse(output.ToString());
            Assert.Equal(message, json.RootElement.GetProperty("findings")[0].GetProperty("message").GetString());
            Assert.Equal(path, json.RootElement.GetProperty("findings")[0].GetProperty("file").GetString());
        }

        private static JsonDocument Render(Report report)
        {
            var output = new StringWriter();
            new JsonReportWriter().Write(report, output);
            return JsonDocument.Parse(output.ToString());
        }
    }
}
