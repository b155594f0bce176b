using System.IO;
using Peering.Cli.Output.Text;
using Peering.Rules.Catalogue;
using Peering.Rules.Checks;
using Peering.Rules.Text;

namespace Peering.Cli.Output.GitHub
{
    /// <summary>
    /// GitHub Actions annotations: one <c>::error</c>, <c>::warning</c> or <c>::notice</c> workflow command per finding,
    /// with the file relative to the source root (the workspace) and its line and column, then the summary as a plain
    /// log line. Control characters in paths and messages are shown as <c>\uXXXX</c>: the log viewer would obey them.
    /// </summary>
    public sealed class GitHubReportWriter : IReportWriter
    {
        public void Write(Report report, TextWriter output)
        {
            foreach (var finding in FindingOrder.Sort(report.Findings))
            {
                output.WriteLine(Command(finding, report.Paths));
            }

            output.WriteLine(TextReportWriter.SummaryLine(ReportSummary.Of(report)));
        }

        /// <summary>E.g. <c>::error file=hub.json,line=12,col=5,title=PEER102 …::message [help]</c>.</summary>
        public static string Command(Finding finding, SourcePaths paths)
        {
            var properties = string.Empty;
            var location = FindingOrder.LocationOf(finding);
            if (location != null)
            {
                properties = "file=" + WorkflowCommandText.Property(DisplayText.Visible(paths.Relative(location.Path)))
                    + ",line=" + location.Line + ",col=" + location.Column + ",";
            }

            properties += "title=" + WorkflowCommandText.Property(finding.Rule.Id + ": " + finding.Rule.Title);
            var message = DisplayText.Visible(finding.Message) + " [" + finding.Rule.HelpUri + "]";
            return "::" + CommandName(finding.Severity) + " " + properties + "::" + WorkflowCommandText.Message(message);
        }

        private static string CommandName(RuleSeverity severity) => severity switch
        {
            RuleSeverity.Error => "error",
            RuleSeverity.Warning => "warning",
            _ => "notice",
        };
    }
}
