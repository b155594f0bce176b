using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Peering.Cli.Output.Json;
using Peering.Rules.Checks;
using Peering.Templates;

namespace Peering.Cli.Output.Sarif
{
    /// <summary>
    /// SARIF 2.1.0 for code scanning: one run, the driver's rules with help URIs and default levels, one result per
    /// located finding with its file relative to <c>%SRCROOT%</c> (the report's source root), its region, related
    /// locations and a partial fingerprint. A finding without a file cannot be a result GitHub accepts, so it
    /// becomes a tool execution notification. GitHub rejects uploads over its limits, so results beyond
    /// <see cref="MaxResults"/> are dropped (errors kept first) and the drop is reported as a notification.
    /// </summary>
    public sealed class SarifReportWriter : IReportWriter
    {
        public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
        public const string SourceRootId = "%SRCROOT%";

        /// <summary>GitHub code scanning's hard limit of results per run.</summary>
        public const int MaxResults = 25000;

        /// <summary>With the primary location, GitHub code scanning's hard limit of 1,000 locations per result.</summary>
        public const int MaxRelatedLocations = 999;

        public void Write(Report report, TextWriter output)
        {
            var sorted = FindingOrder.Sort(report.Findings);
            var located = sorted.Where(f => FindingOrder.LocationOf(f) != null).ToArray();
            var kept = located.OrderByDescending(f => f.Severity).Take(MaxResults).ToHashSet();
            var results = located.Where(kept.Contains).ToArray();
            var unlocated = sorted.Where(f => FindingOrder.LocationOf(f) == null).ToArray();
            var rules = new SarifRuleTable(sorted.Select(f => f.Rule));
            var locations = new SarifLocations(report.Paths);
            var fingerprints = new SarifFingerprints();

            JsonText.Write(output, json =>
            {
                json.WriteStartObject();
                json.WriteString("$schema", SchemaUri);
                json.WriteString("version", "2.1.0");
                json.WriteStartArray("runs");
                json.WriteStartObject();
                WriteTool(json, report, rules);
                WriteInvocation(json, unlocated, located.Length - results.Length, rules);
                locations.WriteOriginalUriBaseIds(json);
                json.WriteStartArray("results");
                foreach (var finding in results)
                {
                    WriteResult(json, finding, rules, locations, fingerprints);
                }

                json.WriteEndArray();
                json.WriteString("columnKind", "utf16CodeUnits");
                json.WriteStartObject("properties");
                json.WriteString("profile", report.ProfileName);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            });
        }

        private static void WriteTool(Utf8JsonWriter json, Report report, SarifRuleTable rules)
        {
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", Report.ToolName);
            json.WriteString("version", report.ToolVersion);
            json.WriteString("informationUri", Report.InformationUri);
            rules.Write(json, report.Profile);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private static void WriteInvocation(Utf8JsonWriter json, IReadOnlyList<Finding> unlocated, int dropped, SarifRuleTable rules)
        {
            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", true);
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var finding in unlocated)
            {
                json.WriteStartObject();
                json.WriteString("level", SarifLevels.Of(finding.Severity));
                WriteMessage(json, finding.Message);
                json.WriteStartObject("associatedRule");
                json.WriteString("id", finding.Rule.Id);
                json.WriteNumber("index", rules.IndexOf(finding.Rule));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            if (dropped > 0)
            {
                json.WriteStartObject();
                json.WriteString("level", "warning");
                WriteMessage(json, $"{dropped} more findings were left out to stay within GitHub code scanning's limit of {MaxResults} results per run; the text or JSON format lists them all.");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        private static void WriteResult(Utf8JsonWriter json, Finding finding, SarifRuleTable rules, SarifLocations locations, SarifFingerprints fingerprints)
        {
            var location = FindingOrder.LocationOf(finding)!;
            json.WriteStartObject();
            json.WriteString("ruleId", finding.Rule.Id);
            json.WriteNumber("ruleIndex", rules.IndexOf(finding.Rule));
            json.WriteString("level", SarifLevels.Of(finding.Severity));
            WriteMessage(json, finding.Message);
            json.WriteStartArray("locations");
            json.WriteStartObject();
            locations.WritePhysicalLocation(json, location);
            json.WriteEndObject();
            json.WriteEndArray();
            var related = FindingOrder.AdditionalLocationsOf(finding).Take(MaxRelatedLocations).ToArray();
            if (related.Length > 0)
            {
                json.WriteStartArray("relatedLocations");
                for (int i = 0; i < related.Length; i++)
                {
                    json.WriteStartObject();
                    json.WriteNumber("id", i + 1);
                    locations.WritePhysicalLocation(json, related[i]);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteStartObject("partialFingerprints");
            json.WriteString(SarifFingerprints.Key, fingerprints.Next(finding.Rule.Id, locations.UriOf(location), finding.Message));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private static void WriteMessage(Utf8JsonWriter json, string text)
        {
            json.WriteStartObject("message");
            json.WriteString("text", text);
            json.WriteEndObject();
        }
    }
}
