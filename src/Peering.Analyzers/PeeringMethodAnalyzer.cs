using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Peering.Analyzers.Facts;
using Peering.Analyzers.Symbols;
using Peering.Rules.Catalogue;
using Peering.Rules.Rules;
using RuleSet = Peering.Rules.Rules.RuleSet;

namespace Peering.Analyzers
{
    /// <summary>
    /// The rules decidable inside one method (catalogue scope M): facts are extracted once per method body
    /// and every method-scope rule runs over them.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PeeringMethodAnalyzer : DiagnosticAnalyzer
    {
        private static readonly IReadOnlyList<IPeeringRule> Rules = RuleSet.For(RuleScope.Method);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            PeeringDescriptors.For(Rules.Select(r => r.Rule));

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var symbols = AzureNetworkSymbols.TryCreate(start.Compilation);
                if (symbols != null)
                {
                    start.RegisterOperationBlockAction(block => AnalyzeBlock(block, symbols));
                }
            });
        }

        private static void AnalyzeBlock(OperationBlockAnalysisContext context, AzureNetworkSymbols symbols)
        {
            if (context.OperationBlocks.IsEmpty)
            {
                return;
            }

            var options = PeeringOptions.Read(context.Options, context.OperationBlocks[0].Syntax.SyntaxTree);
            var reported = new HashSet<(string, Location, string)>();
            foreach (var block in context.OperationBlocks)
            {
                var topology = new MethodInterpreter(symbols).Run(block);
                foreach (var finding in RuleSet.Evaluate(topology, Rules, options))
                {
                    var location = finding.Location as Location ?? block.Syntax.GetLocation();
                    if (reported.Add((finding.Rule.Id, location, finding.Message)))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(
                            PeeringDescriptors.For(finding.Rule),
                            location,
                            PeeringDescriptors.ToDiagnosticSeverity(finding.Severity),
                            finding.AdditionalLocations.OfType<Location>(),
                            finding.Properties.ToImmutableDictionary(p => p.Key, p => (string?)p.Value),
                            finding.Message));
                    }
                }
            }
        }
    }
}
