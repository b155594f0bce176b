using System.Linq;
using Peering.Rules.Checks;
using Peering.Rules.Model;

namespace Peering.Templates.Tests.Infrastructure
{
    /// <summary>Builds small ARM templates for tests and runs the analyzer over them.</summary>
    internal static class TemplateRun
    {
        public const string Schema = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";

        /// <summary>A template with the given sections (each a JSON value).</summary>
        public static string Template(string resources, string parameters = "{}", string variables = "{}") =>
            "{\n  \"$schema\": \"" + Schema + "\",\n  \"contentVersion\": \"1.0.0.0\",\n  \"parameters\": " + parameters
            + ",\n  \"variables\": " + variables + ",\n  \"resources\": " + resources + "\n}\n";

        public static TemplateAnalysisResult Analyze(params TemplateDocument[] documents) =>
            TemplateAnalyzer.Analyze(documents, AnalysisOptions.Default, new SuppressionSet());

        public static TemplateAnalysisResult Analyze(string json) => Analyze(new TemplateDocument("main.json", json));

        public static VirtualNetwork Network(this TemplateAnalysisResult result, string name) =>
            result.Topology.Networks.Single(n => n.DisplayName == name);

        public static VirtualNetworkPeering Peering(this TemplateAnalysisResult result, string name) =>
            result.Topology.Peerings.Single(p => p.Name.IsKnown && p.Name.Value == name);

        /// <summary>"PEER102@main.json:7" for each finding, in the analyzer's order.</summary>
        public static string[] Summary(this TemplateAnalysisResult result) =>
            result.Findings.Select(f => f.Rule.Id + "@" + ((SourceLocation)f.Location!).Path + ":" + ((SourceLocation)f.Location!).Line).ToArray();

        public static string[] RuleIds(this TemplateAnalysisResult result) => result.Findings.Select(f => f.Rule.Id).ToArray();
    }
}
