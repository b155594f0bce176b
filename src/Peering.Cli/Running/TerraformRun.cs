using System.Collections.Generic;
using System.IO;
using System.Linq;
using Peering.Cli.CommandLine;
using Peering.Cli.Discovery;
using Peering.Rules.Checks;
using Peering.Templates;
using Peering.Terraform;

namespace Peering.Cli.Running
{
    /// <summary>The Terraform part of a run: its module folders, variable files and plans read into facts, before the rules run.</summary>
    internal sealed class TerraformRun
    {
        private TerraformRun(TerraformAnalysis analysis, IReadOnlyList<string> filesRead)
        {
            Analysis = analysis;
            FilesRead = filesRead;
        }

        public TerraformAnalysis Analysis { get; }

        /// <summary>Every Terraform file read (configuration, variable files, plans).</summary>
        public IReadOnlyList<string> FilesRead { get; }

        /// <summary>
        /// The run's Terraform, or null when it has none. A variable file that is not there stops the run (exit 2). Variable
        /// files named as paths come before the <c>--var-file</c> and <c>--var</c> arguments, which keep their order; the
        /// environment's <c>TF_VAR_*</c> are read only when the command line asks for them.
        /// </summary>
        public static TerraformRun? Read(DiscoveredInputs inputs, CommandLineArguments arguments, AnalysisOptions options, SuppressionSet suppressions, SkippedFiles skipped, ConsoleFacts console)
        {
            foreach (var file in arguments.TerraformVariables.Select(v => v.FilePath).OfType<string>().Where(file => !File.Exists(file)))
            {
                throw new CheckFailedException($"No such variable file: {file}.");
            }

            var variables = inputs.TerraformVarFiles.Select(VariableArgument.File).Concat(arguments.TerraformVariables).ToList();
            if (inputs.TerraformFolders.Count == 0 && inputs.TerraformPlans.Count == 0)
            {
                if (variables.Count > 0)
                {
                    throw new CheckFailedException(variables[0].FilePath != null
                        ? $"{variables[0].FilePath} is a Terraform variable file, but the run has no Terraform configuration."
                        : $"--var {variables[0].Name} is a Terraform variable, but the run has no Terraform configuration.");
                }

                return null;
            }

            var files = new TerraformFileSource(arguments.Paths, variables.Select(v => v.FilePath).OfType<string>(), console.CurrentDirectory, skipped);
            var plans = inputs.TerraformPlans.Select(path => (Path: path, Text: skipped.Read(path))).Where(p => p.Text != null).Select(p => (p.Path, p.Text!)).ToList();
            var terraformInputs = new TerraformInputs
            {
                Folders = inputs.TerraformFolders,
                Variables = variables,
                EnvironmentVariables = arguments.ReadsTerraformEnvironment ? VariableArgument.FromEnvironment(console.Environment) : new Dictionary<string, string>(),
                Plans = plans,
            };
            var analysis = TerraformReader.Read(terraformInputs, files, options, suppressions);
            return new TerraformRun(analysis, files.FilesRead.Concat(plans.Select(p => p.Path)).ToList());
        }
    }
}
