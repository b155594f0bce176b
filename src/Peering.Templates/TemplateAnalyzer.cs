using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Peering.Rules.Catalogue;
using Peering.Rules.Checks;
using Peering.Rules.Model;
using Peering.Templates.Arm;
using Peering.Templates.Expressions;
using Peering.Templates.Json;

namespace Peering.Templates
{
    /// <summary>
    /// The template front end's entry point: reads every ARM JSON document of a run into one topology, runs the
    /// template rules over it, and returns the findings that no suppression silences, in a stable order.
    /// </summary>
    public static class TemplateAnalyzer
    {
        /// <param name="addFacts">
        /// Another front end's facts (Terraform), added to the topology the templates built before the rules run, so
        /// both form one topology and their findings are ordered and suppressed alike.
        /// </param>
        public static TemplateAnalysisResult Analyze(IReadOnlyList<TemplateDocument> documents, AnalysisOptions options, SuppressionSet suppressions, Action<Topology>? addFacts = null) =>
            Analyze(documents, options, suppressions, Environment.ProcessorCount, addFacts);

        /// <param name="maxDegreeOfParallelism">How many documents are read at once; 1 reads them one after another (the tests compare both).</param>
        internal static TemplateAnalysisResult Analyze(IReadOnlyList<TemplateDocument> documents, AnalysisOptions options, SuppressionSet suppressions, int maxDegreeOfParallelism, Action<Topology>? addFacts = null)
        {
            // Each document is parsed and expanded on its own, with no state shared with the others, so a run over many
            // files reads them in parallel; the results are then taken in document order, as a sequential run has them.
            var read = new DocumentRead[documents.Count];
            var expressions = new ParsedExpressions();
            Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, i => read[i] = Read(documents[i], options, expressions));

            var resources = read.SelectMany(r => r.Resources).ToList();
            var topology = TopologyBuilder.Build(resources);
            addFacts?.Invoke(topology);
            foreach (var resource in resources)
            {
                ResourceSuppressions.Collect(resource, suppressions);
            }

            var sink = new FindingSink(options);
            PeeringRules.Run(topology, PeeringRules.For(RuleScope.Templates).Where(r => !suppressions.IsDisabled(r.Rule.Id)), sink);

            // Values are evaluated while the topology is built and the rules read it, so what was not evaluated, and which
            // of it a rule needed, is known only now.
            var needed = new NeededValues(sink.Undecided);
            var findings = read.SelectMany(r => r.ParseFindings)
                .Concat(needed.Findings(options))
                .Concat(sink.Findings)
                .Where(f => !suppressions.IsSuppressed(f))
                .Select(WithDistinctPlaces)
                .OrderBy(f => (f.Location as SourceLocation)?.Path, StringComparer.Ordinal)
                .ThenBy(f => (f.Location as SourceLocation)?.Line ?? 0)
                .ThenBy(f => (f.Location as SourceLocation)?.Column ?? 0)
                .ThenBy(f => f.Rule.Id, StringComparer.Ordinal)
                .ThenBy(f => f.Message, StringComparer.Ordinal)
                .Where(SayingSomethingNew())
                .ToArray();
            var notNeeded = read.Where(r => r.Diagnostics != null).SelectMany(r => r.Diagnostics!.Entries)
                .Where(u => !needed.Contains(u))
                .OrderBy(u => u.Location.Path, StringComparer.Ordinal)
                .ThenBy(u => u.Location.Line)
                .ThenBy(u => u.Location.Column)
                .ToArray();
            return new TemplateAnalysisResult(topology, findings, notNeeded);
        }

        /// <summary>One document's resources, its record of what was not evaluated, and its PEER901 findings.</summary>
        private static DocumentRead Read(TemplateDocument document, AnalysisOptions options, ParsedExpressions expressions)
        {
            var parseFindings = new FindingSink(options);
            var template = Parse(document.Path, document.JsonText, parseFindings);
            var diagnostics = new TemplateDiagnostics();
            if (template != null && ArmTemplateFile.IsDeploymentTemplate(template))
            {
                var parameterFile = document.ParametersJsonText == null ? null : Parse(document.ParametersPath ?? document.Path, document.ParametersJsonText, parseFindings);
                var parameters = parameterFile == null ? new Dictionary<string, Func<ArmValue>>() : ParameterFile.Values(parameterFile);
                return new DocumentRead(Ordered(TemplateExpander.Expand(document, template, parameters, diagnostics, expressions), document), diagnostics, parseFindings.Findings);
            }

            // A policy definition is checked as the template its deployIfNotExists deployment deploys.
            return template != null && PolicyDefinitions.DeploymentOfFile(template) is SourceNode deployment
                ? new DocumentRead(Ordered(TemplateExpander.ExpandPolicy(document, deployment, diagnostics, expressions), document), diagnostics, parseFindings.Findings)
                : new DocumentRead(Array.Empty<ExpandedResource>(), null, parseFindings.Findings);
        }

        private static IReadOnlyList<ExpandedResource> Ordered(IReadOnlyList<ExpandedResource> resources, TemplateDocument document)
        {
            DeploymentOrder.Assign(resources, document.Path);
            return resources;
        }

        private sealed record DocumentRead(IReadOnlyList<ExpandedResource> Resources, TemplateDiagnostics? Diagnostics, IReadOnlyList<Finding> ParseFindings);

        /// <summary>
        /// Drops a finding that repeats the one before it (same rule, place and message), as a module deployed twice in a
        /// loop over the same values (Azure Verified Modules' tests deploy each one twice) gives its findings twice.
        /// </summary>
        private static Func<Finding, bool> SayingSomethingNew()
        {
            Finding? previous = null;
            return finding =>
            {
                var repeated = previous != null && previous.Rule == finding.Rule && Equals(previous.Location, finding.Location)
                    && string.Equals(previous.Message, finding.Message, StringComparison.Ordinal);
                previous = finding;
                return !repeated;
            };
        }

        /// <summary>
        /// The finding with each additional location once and none equal to its own location: a compiled document
        /// places every fact of a resource on its declaration line, so the facts a rule points at can coincide.
        /// </summary>
        private static Finding WithDistinctPlaces(Finding finding)
        {
            var places = finding.AdditionalLocations.Where(l => !Equals(l, finding.Location)).Distinct().ToArray();
            return places.Length == finding.AdditionalLocations.Count
                ? finding
                : new Finding(finding.Rule, finding.Severity, finding.Message, finding.Location, places, finding.Properties);
        }

        /// <summary>The JSON of a file, or null after a PEER901 finding at the place the JSON breaks.</summary>
        private static SourceNode? Parse(string path, string text, FindingSink findings)
        {
            try
            {
                return SourceNodeReader.Read(text);
            }
            catch (JsonLimitException e)
            {
                var location = new SourceLocation(path, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
                findings.Report(RuleCatalogue.PEER901, location, "'" + path + "' is skipped: " + Reason(e));
                return null;
            }
            catch (JsonException e)
            {
                var location = new SourceLocation(path, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
                findings.Report(RuleCatalogue.PEER901, location, "'" + path + "' is not valid JSON: " + Reason(e));
                return null;
            }
        }

        /// <summary>System.Text.Json's message without the position it appends (the finding has the position).</summary>
        private static string Reason(JsonException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            message = (cut >= 0 ? message.Substring(0, cut) : message).Trim();
            return message.TrimEnd('.');
        }
    }
}
