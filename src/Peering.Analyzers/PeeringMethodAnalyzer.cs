using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Peering.Analyzers.Facts;
using Peering.Analyzers.Symbols;
using Peering.Rules.Catalogue;
using Peering.Rules.Checks;

namespace Peering.Analyzers
{
    /// <summary>
    /// The rules decidable inside one method (catalogue scope M): facts are extracted once per method body
    /// and every method-scope rule runs over them.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PeeringMethodAnalyzer : DiagnosticAnalyzer
    {
        private static readonly IReadOnlyList<IPeeringRule> Rules = PeeringRules.For(RuleScope.Method);

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
                    // One action per tree, rather than an operation-block action: the compiler then binds no code into
                    // operations for us, and only the code that may touch the SDK is bound, here.
                    var filter = SdkCodeFilter.For(start.Compilation, symbols, start.CancellationToken);
                    start.RegisterSemanticModelAction(tree => AnalyzeTree(tree, symbols, filter));
                }
            });
        }

        private static void AnalyzeTree(SemanticModelAnalysisContext context, AzureNetworkSymbols symbols, SdkCodeFilter filter)
        {
            var tree = context.SemanticModel.SyntaxTree;
            if (!filter.MayTouchSdk(tree))
            {
                return;
            }

            var options = PeeringOptions.Read(context.Options, tree);
            foreach (var code in ExecutableCode.In(tree.GetRoot(context.CancellationToken), context.CancellationToken))
            {
                if (filter.MayTouchSdk(code))
                {
                    AnalyzeCode(context, code.Operations(context.SemanticModel, context.CancellationToken), symbols, options);
                }
            }
        }

        private static void AnalyzeCode(SemanticModelAnalysisContext context, IEnumerable<IOperation> blocks, AzureNetworkSymbols symbols, AnalysisOptions options)
        {
            var reported = new HashSet<(string, Location, string)>();
            List<string>? failures = null;
            foreach (var block in blocks)
            {
                var topology = new MethodInterpreter(symbols).Run(block);
                var input = "the code at " + block.Syntax.GetLocation().GetLineSpan();
                foreach (var finding in PeeringRules.Evaluate(topology, Rules, options, input))
                {
                    var location = finding.Location as Location ?? block.Syntax.GetLocation();
                    if (!RuleFailureException.IsFailure(finding, ref failures) && reported.Add((finding.Rule.Id, location, finding.Message)))
                    {
                        context.ReportDiagnostic(PeeringDescriptors.ToDiagnostic(PeeringDescriptors.For(finding.Rule), finding, location));
                    }
                }
            }

            RuleFailureException.ThrowIfAny(failures);
        }
    }
}
