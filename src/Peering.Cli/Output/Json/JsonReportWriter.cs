using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Peering.Rules.Checks;
using Peering.Templates;

namespace Peering.Cli.Output.Json
{
    /// <summary>
    /// The machine-readable format, schema version 1:
    /// <c>{ schemaVersion, tool {name, version}, profile, files[], findings[{ruleId, title, severity, message, file, line,
    /// column, helpUri, additionalLocations[{file, line, column}]}], notEvaluated[{construct, file, line, column}],
    /// summary {errors, warnings, infos, files, notEvaluated} }</c>. <c>notEvaluated</c> lists the values the reader did
    /// not evaluate that no rule needed (a needed one is a PEER902 finding). Paths are as the user gave them; a finding
    /// without a file has null file, line and column.
    /// </summary>
    public sealed class JsonReportWriter : IReportWriter
    {
        /// <summary>Raised only on a change that breaks readers; adding a property is not one.</summary>
        public const int SchemaVersion = 1;

        public void Write(Report report, TextWriter output) => JsonText.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteStartObject("tool");
            json.WriteString("name", Report.ToolName);
            json.WriteString("version", report.ToolVersion);
            json.WriteEndObject();
            json.WriteString("profile", report.ProfileName);
            json.WriteStartArray("files");
            foreach (var file in report.AnalysedFiles.Distinct().OrderBy(f => f, StringComparer.Ordinal))
            {
                json.WriteStringValue(file);
            }

            json.WriteEndArray();
            json.WriteStartArray("findings");
            foreach (var finding in FindingOrder.Sort(report.Findings))
            {
                WriteFinding(json, finding);
            }

            json.WriteEndArray();
            json.WriteStartArray("notEvaluated");
            foreach (var construct in report.NotEvaluated)
            {
                json.WriteStartObject();
                json.WriteString("construct", construct.Construct);
                WriteLocation(json, construct.Location);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteSummary(json, ReportSummary.Of(report));
            json.WriteEndObject();
        });

        private static void WriteFinding(Utf8JsonWriter json, Finding finding)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.Rule.Id);
            json.WriteString("title", finding.Rule.Title);
            json.WriteString("severity", SeverityNames.Of(finding.Severity));
            json.WriteString("message", finding.Message);
            WriteLocation(json, FindingOrder.LocationOf(finding));
            json.WriteString("helpUri", finding.Rule.HelpUri);
            json.WriteStartArray("additionalLocations");
            foreach (var location in FindingOrder.AdditionalLocationsOf(finding))
            {
                json.WriteStartObject();
                WriteLocation(json, location);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        private static void WriteLocation(Utf8JsonWriter json, SourceLocation? location)
        {
            if (location == null)
            {
                json.WriteNull("file");
                json.WriteNull("line");
                json.WriteNull("column");
                return;
            }

            json.WriteString("file", location.Path);
            json.WriteNumber("line", location.Line);
            json.WriteNumber("column", location.Column);
        }

        private static void WriteSummary(Utf8JsonWriter json, ReportSummary summary)
        {
            json.WriteStartObject("summary");
            json.WriteNumber("errors", summary.Errors);
            json.WriteNumber("warnings", summary.Warnings);
            json.WriteNumber("infos", summary.Infos);
            json.WriteNumber("files", summary.Files);
            json.WriteNumber("notEvaluated", summary.NotEvaluated);
            json.WriteEndObject();
        }
    }
}
