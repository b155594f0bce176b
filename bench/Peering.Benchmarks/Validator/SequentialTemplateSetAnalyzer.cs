using System;
using System.Collections.Generic;
using Peering.Cli.Running;
using Peering.Rules.Checks;
using Peering.Rules.Model;
using Peering.Templates;

namespace Peering.Benchmarks.Validator
{
    /// <summary>The CLI's analysis with documents read one after another: the baseline the parallel run is compared with.</summary>
    internal sealed class SequentialTemplateSetAnalyzer : ITemplateSetAnalyzer
    {
        public TemplateAnalysisResult Analyze(IReadOnlyList<TemplateDocument> documents, AnalysisOptions options, SuppressionSet suppressions, Action<Topology>? addFacts) =>
            TemplateAnalyzer.Analyze(documents, options, suppressions, maxDegreeOfParallelism: 1, addFacts);
    }
}
