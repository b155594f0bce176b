using System.Collections.Generic;
using Peering.Rules.Rules;
using Peering.Templates;

namespace Peering.Cli.Running
{
    /// <summary>
    /// SEAM (to replace when the ARM reader of src/Peering.Templates is merged): calls
    /// <c>TemplateAnalyzer.Analyze(documents, options, suppressions)</c>. Until then the run says so and exits 2
    /// rather than passing templates it has not checked.
    /// </summary>
    internal sealed class ArmTemplateSetAnalyzer : ITemplateSetAnalyzer
    {
        public TemplateAnalysisResult Analyze(IReadOnlyList<TemplateDocument> documents, AnalysisOptions options, SuppressionSet suppressions) =>
            throw new CheckFailedException("The ARM template reader is not part of this build.");
    }
}
