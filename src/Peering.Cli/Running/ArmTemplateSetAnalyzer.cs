using System.Collections.Generic;
using Peering.Rules.Checks;
using Peering.Templates;

namespace Peering.Cli.Running
{
    /// <summary>The template front end of src/Peering.Templates: the ARM reader, the topology it builds and the template rules.</summary>
    internal sealed class ArmTemplateSetAnalyzer : ITemplateSetAnalyzer
    {
        public TemplateAnalysisResult Analyze(IReadOnlyList<TemplateDocument> documents, AnalysisOptions options, SuppressionSet suppressions) =>
            TemplateAnalyzer.Analyze(documents, options, suppressions);
    }
}
