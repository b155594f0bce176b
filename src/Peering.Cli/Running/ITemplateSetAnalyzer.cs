using System;
using System.Collections.Generic;
using Peering.Rules.Checks;
using Peering.Rules.Model;
using Peering.Templates;

namespace Peering.Cli.Running
{
    /// <summary>
    /// The template front end as the command line uses it: every document of a run read into one topology, the rules
    /// applied, suppressed findings removed. An interface so the pipeline is tested without depending on the reader.
    /// </summary>
    internal interface ITemplateSetAnalyzer
    {
        /// <param name="addFacts">Adds the Terraform front end's facts to the topology before the rules run.</param>
        TemplateAnalysisResult Analyze(IReadOnlyList<TemplateDocument> documents, AnalysisOptions options, SuppressionSet suppressions, Action<Topology>? addFacts);
    }
}
