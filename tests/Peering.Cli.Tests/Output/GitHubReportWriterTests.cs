using System.IO;
using Peering.Cli.Output;
using Peering.Cli.Output.GitHub;
using Peering.Rules.Catalogue;
using static Peering.Cli.Tests.Output.ReportBuilder;

namespace Peering.Cli.Tests.Output
{
    public class GitHubReportWriterTests
    {
        private const string Docs = RuleCatalogue.DocsBaseUri;

        [Fact]
        public void One_annotation_per_finding_by_severity_then_the_summary()
        {
            var output = new StringWriter();

            new GitHubReportWriter().Write(HubAndSpokes().Build(), output);

            Assert.Equal(
                new[]
                {
                    "::notice file=hub.json,line=2,col=3,title=PEER902%3A Expression or construct not evaluated; the checks that needed it were skipped::The expression '[reference(x)]' is not evaluated. [" + Docs + "PEER902.md]",
                    "::error file=spokes.json,line=12,col=9,title=PEER102%3A UseRemoteGateways and AllowGatewayTransit both true on one peering::Peering 'spoke1-to-hub' of VNet 'spoke1' sets both UseRemoteGateways and AllowGatewayTransit. [" + Docs + "PEER102.md]",
                    "::warning file=spokes.json,line=40,col=9,title=PEER301%3A Peering has no reverse peering::Peering 'spoke2-to-hub' of VNet 'spoke2' has no reverse peering from VNet 'hub'. [" + Docs + "PEER301.md]",
                    "1 error, 1 warning, 1 info in 2 files",
                },
                TextReportWriterTests.Lines(output.ToString()));
        }

        [Fact]
        public void Empty_report_writes_only_the_summary()
        {
            var output = new StringWriter();

            new GitHubReportWriter().Write(new ReportBuilder().Build(), output);

            Assert.Equal(new[] { "0 errors, 0 warnings, 0 infos in 0 files" }, TextReportWriterTests.Lines(output.ToString()));
        }

        [Fact]
        public void Absolute_paths_under_the_workspace_become_relative_and_unlocated_findings_have_no_file()
        {
            var located = new Peering.Rules.Checks.Finding(RuleCatalogue.PEER301, RuleSeverity.Warning, "m", At("/repo/infra\\hub.json", 4, 2));
            var unlocated = new Peering.Rules.Checks.Finding(RuleCatalogue.PEER901, RuleSeverity.Error, "m", null);

            Assert.StartsWith("::warning file=infra/hub.json,line=4,col=2,title=PEER301", GitHubReportWriter.Command(located, new SourcePaths("/repo")));
            Assert.StartsWith("::error title=PEER901%3A ", GitHubReportWriter.Command(unlocated, new SourcePaths("/repo")));
        }

        [Fact]
        public void Hostile_names_cannot_end_a_property_or_start_another_command()
        {
            var finding = new Peering.Rules.Checks.Finding(
                RuleCatalogue.PEER403, RuleSeverity.Error, "Name 'a%0A::error::b\r\n::warning::c' is invalid.", At("x,line=1::y%.json", 1));

            var command = GitHubReportWriter.Command(finding, new SourcePaths("/repo"));

            Assert.Equal(
                "::error file=x%2Cline=1%3A%3Ay%25.json,line=1,col=1,title=PEER403%3A Invalid peering name::Name 'a%250A::error::b\\u000d\\u000a::warning::c' is invalid. [" + Docs + "PEER403.md]",
                command);
            Assert.DoesNotContain('\n', command);
            Assert.DoesNotContain('\r', command);
        }

        [Theory]
        [InlineData("100%\r\nnext", "100%25%0D%0Anext", "100%25%0D%0Anext")]
        [InlineData("a:b,c", "a:b,c", "a%3Ab%2Cc")]
        [InlineData("ü🙂", "ü🙂", "ü🙂")]
        public void Escaping_follows_the_workflow_command_rules(string raw, string message, string property)
        {
            Assert.Equal(message, WorkflowCommandText.Message(raw));
            Assert.Equal(property, WorkflowCommandText.Property(raw));
        }
    }
}
