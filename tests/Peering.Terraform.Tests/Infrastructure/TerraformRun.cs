using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Checks;
using Peering.Rules.Model;
using Peering.Rules.Profiles;
using Peering.Templates;

namespace Peering.Terraform.Tests.Infrastructure
{
    /// <summary>Runs the Terraform reader over files in memory, as the command line does: one topology with any templates, the rules, suppressions.</summary>
    internal static class TerraformRun
    {
        public static readonly AnalysisOptions ClosedWorld = new AnalysisOptions(PlatformProfile.Current, closedWorld: true);

        public static Result Analyze(params (string Path, string Text)[] files) => Analyze(AnalysisOptions.Default, files);

        public static Result Analyze(AnalysisOptions options, params (string Path, string Text)[] files) =>
            Analyze(options, Array.Empty<TemplateDocument>(), Array.Empty<string>(), files);

        public static Result Analyze(AnalysisOptions options, IReadOnlyList<TemplateDocument> templates, IReadOnlyList<string> varFiles, params (string Path, string Text)[] files) =>
            Analyze(options, templates, varFiles.Select(VariableArgument.File).ToArray(), new Dictionary<string, string>(), files);

        /// <summary>A run with variable files and values in command-line order, and <c>TF_VAR_</c> values of the environment by name.</summary>
        public static Result Analyze(IReadOnlyList<VariableArgument> variables, IReadOnlyDictionary<string, string> environment, params (string Path, string Text)[] files) =>
            Analyze(AnalysisOptions.Default, Array.Empty<TemplateDocument>(), variables, environment, files);

        private static Result Analyze(AnalysisOptions options, IReadOnlyList<TemplateDocument> templates, IReadOnlyList<VariableArgument> variables, IReadOnlyDictionary<string, string> environment, (string Path, string Text)[] files)
        {
            var memory = new InMemoryTerraformFiles(files);
            var suppressions = new SuppressionSet();
            var inputs = new TerraformInputs { Folders = memory.ModuleFolders, Variables = variables, EnvironmentVariables = environment };
            var terraform = TerraformReader.Read(inputs, memory, options, suppressions);
            var analysis = TemplateAnalyzer.Analyze(templates, options, suppressions, terraform.AddTo);
            return new Result(analysis.Topology, terraform.Findings.Concat(analysis.Findings).ToArray(), terraform.ResourceCount);
        }

        /// <summary>A run over one plan file, plan.json.</summary>
        public static Result AnalyzePlan(AnalysisOptions options, string planText)
        {
            var memory = new InMemoryTerraformFiles(Array.Empty<(string, string)>());
            var suppressions = new SuppressionSet();
            var terraform = TerraformReader.Read(new TerraformInputs { Plans = new[] { ("plan.json", planText) } }, memory, options, suppressions);
            var analysis = TemplateAnalyzer.Analyze(Array.Empty<TemplateDocument>(), options, suppressions, terraform.AddTo);
            return new Result(analysis.Topology, terraform.Findings.Concat(analysis.Findings).ToArray(), terraform.ResourceCount);
        }

        /// <summary>A file of a run, for <see cref="Analyze(ValueTuple{string, string}[])"/>.</summary>
        public static (string, string) File(string path, string text) => (path, text);

        public sealed record Result(Topology Topology, IReadOnlyList<Finding> Findings, int ResourceCount)
        {
            /// <summary>"PEER301@main.tf:7" for each finding.</summary>
            public string[] Summary => Findings.Select(f => f.Rule.Id + "@" + ((SourceLocation)f.Location!).Path + ":" + ((SourceLocation)f.Location!).Line).ToArray();

            public string[] RuleIds => Findings.Select(f => f.Rule.Id).ToArray();

            public VirtualNetwork Network(string name) => Topology.Networks.Single(n => n.DisplayName == name && n.IsDefined);

            public VirtualNetworkPeering Peering(string name) => Topology.Peerings.Single(p => p.Name.IsKnown && p.Name.Value == name);
        }
    }
}
