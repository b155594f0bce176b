using System.IO;
using System.Linq;
using Peering.Cli.Output;
using Peering.Cli.Output.Text;
using Peering.Rules.Catalogue;
using static Peering.Cli.Tests.Output.ReportBuilder;

namespace Peering.Cli.Tests.Output
{
    public class TextReportWriterTests
    {
        private const string Docs = RuleCatalogue.DocsBaseUri;

        [Fact]
        public void Findings_are_listed_by_file_and_line_with_a_summary()
        {
            var text = Render(HubAndSpokes().Build(), colour: false);

            Assert.Equal(
                new[]
                {
                    "hub.json(2,3): info PEER902: The expression '[reference(x)]' is not evaluated. [" + Docs + "PEER902.md]",
                    "spokes.json(12,9): error PEER102: Peering 'spoke1-to-hub' of VNet 'spoke1' sets both UseRemoteGateways and AllowGatewayTransit. [" + Docs + "PEER102.md]",
                    "spokes.json(40,9): warning PEER301: Peering 'spoke2-to-hub' of VNet 'spoke2' has no reverse peering from VNet 'hub'. [" + Docs + "PEER301.md]",
                    string.Empty,
                    "1 error, 1 warning, 1 info in 2 files",
                },
                Lines(text));
        }

        [Fact]
        public void Empty_report_prints_only_the_summary()
        {
            var text = Render(new ReportBuilder().File("a.json").Build(), colour: false);

            Assert.Equal(new[] { "0 errors, 0 warnings, 0 infos in 1 file" }, Lines(text));
        }

        [Theory]
        [InlineData(1, "0 errors, 0 warnings, 0 infos in 1 file; 1 value not evaluated (no rule needed it)")]
        [InlineData(37, "0 errors, 0 warnings, 0 infos in 1 file; 37 values not evaluated (no rule needed them)")]
        public void Values_no_rule_needed_are_counted_in_the_summary_not_listed(int count, string summary)
        {
            var builder = new ReportBuilder().File("a.json");
            for (var i = 0; i < count; i++)
            {
                builder.NotEvaluated.Add(new Peering.Templates.UnevaluatedConstruct("the function 'guid'", At("a.json", 10 + i)));
            }

            Assert.Equal(new[] { summary }, Lines(Render(builder.Build(), colour: false)));
        }

        [Fact]
        public void Colour_marks_severities_and_is_absent_without_the_flag()
        {
            var report = HubAndSpokes().Build();

            var coloured = Render(report, colour: true);
            var plain = Render(report, colour: false);

            Assert.Contains("\u001b[1;31merror\u001b[0m PEER102", coloured);
            Assert.Contains("\u001b[33mwarning\u001b[0m PEER301", coloured);
            Assert.Contains("\u001b[36minfo\u001b[0m PEER902", coloured);
            Assert.DoesNotContain('\u001b', plain);
        }

        [Fact]
        public void Additional_locations_follow_their_finding_and_unlocated_findings_come_last()
        {
            var builder = new ReportBuilder().File("b.json").File("a.json");
            builder.Finding(RuleCatalogue.PEER901, "File 'c.json' cannot be read.", null);
            builder.Finding(RuleCatalogue.PEER201, "VNet 'a' overlaps VNet 'b'.", At("b.json", 3), At("a.json", 9, 4));

            var lines = Lines(Render(builder.Build(), colour: false));

            Assert.StartsWith("b.json(3,1): error PEER201: VNet 'a' overlaps VNet 'b'.", lines[0]);
            Assert.Equal("    see also a.json(9,4)", lines[1]);
            Assert.StartsWith("peering-check: error PEER901: File 'c.json' cannot be read.", lines[2]);
            Assert.Equal("2 errors, 0 warnings, 0 infos in 2 files", lines[^1]);
        }

        [Fact]
        public void Terminal_control_characters_from_the_input_are_shown_not_executed()
        {
            var builder = new ReportBuilder().File("x.json");
            builder.Finding(RuleCatalogue.PEER403, "Name 'a\u001b[2Jb\r\nc\u202ed' is invalid.", At("evil\u001b]0;title\u0007\n.json", 1));

            var text = Render(builder.Build(), colour: false);

            Assert.DoesNotContain('\u001b', text);
            Assert.DoesNotContain('\u0007', text);
            Assert.DoesNotContain('\r', text);
            Assert.DoesNotContain('\u202e', text);
            Assert.Contains("evil\\u001b]0;title\\u0007\\u000a.json(1,1): error PEER403: Name 'a\\u001b[2Jb\\u000d\\u000ac\\u202ed' is invalid.", text);
        }

        [Theory]
        [InlineData(true, null, true)]
        [InlineData(true, "", true)]
        [InlineData(true, "1", false)]
        [InlineData(false, null, false)]
        public void Colour_only_on_a_terminal_without_NO_COLOR(bool terminal, string? noColor, bool expected)
        {
            Assert.Equal(expected, ColourPolicy.UseColour(terminal, noColor));
        }

        internal static string Render(Report report, bool colour)
        {
            var output = new StringWriter();
            new TextReportWriter(colour).Write(report, output);
            return output.ToString();
        }

        internal static string[] Lines(string text) => text.TrimEnd('\n', '\r').Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
    }
}
