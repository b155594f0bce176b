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
        public int Count => JsonTemplates.Count + BicepFiles.Count + BicepParameterFiles.Count;
    }
}
