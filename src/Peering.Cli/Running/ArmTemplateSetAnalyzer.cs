using System;
using System.Collections.Generic;
using Peering.Rules.Checks;
using Peering.Rules.Model;
using Peering.Templates;

namespace Peering.Cli.Running
{
    /// <summary>The template front end of src/Peering.Templates: the ARM reader, the topology it builds (with Terraform's facts) and the rules.</summary>
    internal sealed class ArmTemplateSetAnalyzer : ITemplateSetAnalyzer
    {
        public TemplateAnalysisResult Analyze(IReadOnlyList<TemplateDocument> documents, AnalysisOptions options, SuppressionSet suppressions, Action<Topology>? addFacts) =>
            TemplateAnalyzer.Analyze(documents, options, suppressions, addFacts);
    }
}
