using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Peering.Analyzers.Facts;
using Peering.Analyzers.Symbols;
using Peering.Rules.Checks;

namespace Peering.Analyzers
{
    /// <summary>
    /// The rules decided inside one method (<see cref="AnalyzerRules.Live"/>), reported while typing: each code block that
    /// may touch the SDK is read once, into the readings both analyzers share, and every such rule runs over it.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PeeringMethodAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = PeeringDescriptors.For(AnalyzerRules.Live);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var libraries = SdkLibraries.TryCreate(start.Compilation);
                if (libraries != null)
                {
                    // One action per tree, rather than an operation-block action: the compiler then binds no code into
                    // operations for us, and only the code that may touch the SDK is bound, here.
                    var filter = SdkCodeFilter.For(start.Compilation, libraries, start.CancellationToken);
                    var readings = BlockReadings.For(start.Compilation, libraries);
                    start.RegisterSemanticModelAction(tree => AnalyzeTree(tree, filter, readings));
                }
            });
        }

        private static void AnalyzeTree(SemanticModelAnalysisContext context, SdkCodeFilter filter, BlockReadings readings)
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
                    AnalyzeCode(context, code.Operations(context.SemanticModel, context.CancellationToken), readings, options);
                }
            }
        }

        private static void AnalyzeCode(SemanticModelAnalysisContext context, IEnumerable<IOperation> blocks, BlockReadings readings, AnalysisOptions options)
        {
            var reported = new HashSet<(string, Location, string)>();
            List<string>? failures = null;
            foreach (var block in blocks)
            {
                var input = "the code at " + block.Syntax.GetLocation().GetLineSpan();
                foreach (var finding in PeeringRules.Evaluate(readings.Read(block).Topology, AnalyzerRules.Live, options, input))
                {
                    var location = finding.Location as Location ?? block.Syntax.GetLocation();
                    if (!RuleFailureException.IsFailure(finding, ref failures) && reported.Add((finding.Rule.Id, location, finding.Message)))
                    {
                        context.ReportDiagnostic(PeeringDescriptors.ToDiagnostic(finding, location));
                    }
                }
            }

            RuleFailureException.ThrowIfAny(failures);
        }
    }
}
