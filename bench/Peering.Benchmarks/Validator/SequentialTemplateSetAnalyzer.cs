using System.Collections.Generic;
using Peering.Cli.Running;
using Peering.Rules.Checks;
using Peering.Templates;

namespace Peering.Benchmarks.Validator
{
    /// <summary>The CLI's analysis with documents read one after another: the baseline the parallel run is compared with.</summary>
    internal sealed class SequentialTemplateSetAnalyzer : ITemplateSetAnalyzer
    {
        public TemplateAnalysisResult Analyze(IReadOnlyList<TemplateDocument> documents, AnalysisOptions options, SuppressionSet suppressions) =>
            TemplateAnalyzer.Analyze(documents, options, suppressions, maxDegreeOfParallelism: 1);
    }
}
