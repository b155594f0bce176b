using System.Collections.Generic;

namespace Peering.Cli.Discovery
{
    /// <summary>A JSON template of the run and the parameter file that applies to it, if any.</summary>
    internal sealed record JsonTemplateInput(string Path, string? ParametersPath);

    /// <summary>Every input file of a run, paths as the user will read them in the report.</summary>
    internal sealed record DiscoveredInputs(
        IReadOnlyList<JsonTemplateInput> JsonTemplates,
        IReadOnlyList<string> BicepFiles,
        IReadOnlyList<string> BicepParameterFiles)
    {
        /// <summary>Folders with <c>.tf</c> or <c>.tf.json</c> files: Terraform modules, read by folder.</summary>
        public IReadOnlyList<string> TerraformFolders { get; init; } = new List<string>();

        /// <summary><c>.tfvars</c> files named on the command line: variable files for the run's root modules, as <c>--var-file</c>.</summary>
        public IReadOnlyList<string> TerraformVarFiles { get; init; } = new List<string>();

        /// <summary>Terraform plans in JSON (<c>terraform show -json</c>), recognised by their content.</summary>
        public IReadOnlyList<string> TerraformPlans { get; init; } = new List<string>();

        public int Count => JsonTemplates.Count + BicepFiles.Count + BicepParameterFiles.Count + TerraformFolders.Count + TerraformPlans.Count;
    }
}
