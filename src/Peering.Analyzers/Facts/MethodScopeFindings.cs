using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Peering.Analyzers.Symbols;
using Peering.Rules.Catalogue;
using Peering.Rules.Checks;

namespace Peering.Analyzers.Facts
{
    /// <summary>
    /// What the method analyzer reports for the rules of both scopes, asked place by place: only the code blocks around a
    /// compilation-end finding are read on their own, once each, instead of every body of the compilation.
    /// </summary>
    internal sealed class MethodScopeFindings
    {
        private readonly AzureNetworkSymbols symbols;
        private readonly CompilationCode code;
        private readonly IReadOnlyList<IPeeringRule> rules;
        private readonly AnalysisOptions options;
        private readonly CancellationToken cancellationToken;
        private readonly Dictionary<SyntaxNode, HashSet<(string Rule, Location Location)>> byBlock = new Dictionary<SyntaxNode, HashSet<(string, Location)>>();

        public MethodScopeFindings(AzureNetworkSymbols symbols, CompilationCode code, IReadOnlyList<IPeeringRule> rules, AnalysisOptions options, CancellationToken cancellationToken)
        {
            this.symbols = symbols;
            this.code = code;
            this.rules = rules;
            this.options = options;
            this.cancellationToken = cancellationToken;
        }

        /// <summary>True when reading the method at <paramref name="location"/> on its own already finds <paramref name="rule"/> there.</summary>
        public bool Contains(RuleInfo rule, Location location) =>
            code.CodeAt(location).Any(at => FindingsOf(at.Code, at.Model).Contains((rule.Id, location)));

        private HashSet<(string Rule, Location Location)> FindingsOf(CodeDeclaration declaration, SemanticModel model)
        {
            if (!byBlock.TryGetValue(declaration.Code, out var findings))
            {
                findings = new HashSet<(string, Location)>();
                foreach (var operation in declaration.Operations(model, cancellationToken))
                {
                    foreach (var finding in PeeringRules.Evaluate(new MethodInterpreter(symbols).Run(operation), rules, options))
                    {
                        if (finding.Location is Location at)
                        {
                            findings.Add((finding.Rule.Id, at));
                        }
                    }
                }

                byBlock.Add(declaration.Code, findings);
            }

            return findings;
        }
    }
}
