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

        /// <summary>The run's Terraform, or null when it has none. A variable file that is not there stops the run (exit 2).</summary>
        public static TerraformRun? Read(DiscoveredInputs inputs, CommandLineArguments arguments, AnalysisOptions options, SuppressionSet suppressions, SkippedFiles skipped, string currentDirectory)
        {
            var varFiles = arguments.VarFiles.Concat(inputs.TerraformVarFiles).ToList();
            foreach (var file in arguments.VarFiles.Where(file => !File.Exists(file)))
            {
                throw new CheckFailedException($"No such variable file: {file}.");
            }

            if (inputs.TerraformFolders.Count == 0 && inputs.TerraformPlans.Count == 0)
            {
                if (varFiles.Count > 0)
                {
                    throw new CheckFailedException($"{varFiles[0]} is a Terraform variable file, but the run has no Terraform configuration.");
                }

                return null;
            }

            var files = new TerraformFileSource(arguments.Paths, varFiles, currentDirectory, skipped);
            var plans = inputs.TerraformPlans.Select(path => (Path: path, Text: skipped.Read(path))).Where(p => p.Text != null).Select(p => (p.Path, p.Text!)).ToList();
            var analysis = TerraformReader.Read(new TerraformInputs { Folders = inputs.TerraformFolders, VarFiles = varFiles, Plans = plans }, files, options, suppressions);
            return new TerraformRun(analysis, files.FilesRead.Concat(plans.Select(p => p.Path)).ToList());
        }
    }
}
