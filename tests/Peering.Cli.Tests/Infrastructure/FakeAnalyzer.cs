using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Cli.Running;
using Peering.Rules.Catalogue;
using Peering.Rules.Checks;
using Peering.Rules.Model;
using Peering.Templates;

namespace Peering.Cli.Tests.Infrastructure
{
    /// <summary>
    /// Stands in for the ARM reader: records what the command line hands it and reports one finding of the given rule
    /// at line 1 of each document (the reader's own behaviour is tested in Peering.Templates.Tests).
    /// </summary>
    internal sealed class FakeAnalyzer : ITemplateSetAnalyzer
    {
        private readonly RuleInfo[] rules;

        public FakeAnalyzer(params RuleInfo[] rules)
        {
            this.rules = rules;
        }

        public IReadOnlyList<TemplateDocument> Documents { get; private set; } = Array.Empty<TemplateDocument>();

        public AnalysisOptions? Options { get; private set; }

        public TemplateAnalysisResult Analyze(IReadOnlyList<TemplateDocument> documents, AnalysisOptions options, SuppressionSet suppressions, Action<Topology>? addFacts)
        {
            Documents = documents;
            Options = options;
            var findings = documents
                .SelectMany(document => rules.Select(rule => new Finding(rule, rule.SeverityFor(options.Profile), $"Planted {rule.Id} in {document.Path}.", new SourceLocation(document.Path, 1))))
                .Where(finding => !suppressions.IsSuppressed(finding))
                .ToList();
            return new TemplateAnalysisResult(new Topology(), findings);
        }
    }
}
