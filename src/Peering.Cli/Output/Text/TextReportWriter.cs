using System.IO;
using Peering.Rules.Catalogue;
using Peering.Rules.Checks;
using Peering.Rules.Text;
using Peering.Templates;

namespace Peering.Cli.Output.Text
{
    /// <summary>
    /// The default, human-readable format: one line per finding in compiler style
    /// (<c>path(line,col): error PEER102: message [help]</c>), sorted by file and line, then a summary line.
    /// </summary>
    public sealed class TextReportWriter : IReportWriter
    {
        private readonly TextStyle style;

        public TextReportWriter(bool useColour)
        {
            style = new TextStyle(useColour);
        }

        public void Write(Report report, TextWriter output)
        {
            var findings = FindingOrder.Sort(report.Findings);
            foreach (var finding in findings)
            {
                WriteFinding(finding, output);
            }

            if (findings.Count > 0)
            {
                output.WriteLine();
            }

            output.WriteLine(SummaryLine(ReportSummary.Of(report)));
        }

        /// <summary>"2 errors, 1 warning, 0 infos in 3 files", then "; 37 values not evaluated (no rule needed them)" when there are such values.</summary>
        public static string SummaryLine(ReportSummary summary) =>
            Count(summary.Errors, "error") + ", " + Count(summary.Warnings, "warning") + ", " + Count(summary.Infos, "info")
            + " in " + Count(summary.Files, "file")
            + (summary.NotEvaluated == 0 ? string.Empty : "; " + Count(summary.NotEvaluated, "value") + " not evaluated (no rule needed " + (summary.NotEvaluated == 1 ? "it)" : "them)"));

        private void WriteFinding(Finding finding, TextWriter output)
        {
            var location = FindingOrder.LocationOf(finding);
            var place = location == null ? Report.ToolName : Place(location);
            output.WriteLine(
                style.Bold(place) + ": " + style.Severity(finding.Severity, SeverityNames.Of(finding.Severity)) + " " + finding.Rule.Id + ": "
                + DisplayText.Visible(finding.Message) + " " + style.Dim("[" + finding.Rule.HelpUri + "]"));
            foreach (var related in FindingOrder.AdditionalLocationsOf(finding))
            {
                output.WriteLine("    see also " + style.Bold(Place(related)));
            }
        }

        private static string Place(SourceLocation location) =>
            DisplayText.Visible(location.Path) + "(" + location.Line + "," + location.Column + ")";

        private static string Count(int count, string noun) => count + " " + noun + (count == 1 ? string.Empty : "s");
    }
}
