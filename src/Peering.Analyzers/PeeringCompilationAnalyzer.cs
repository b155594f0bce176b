using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Facts;
using Peering.Analyzers.Symbols;
using Peering.Rules.Catalogue;
using Peering.Rules.Rules;
using RuleSet = Peering.Rules.Rules.RuleSet;

namespace Peering.Analyzers
{
    /// <summary>
    /// The rules that need facts from several methods or types (catalogue scope C): every method body that touches the
    /// SDK is read, following calls into the compilation's own helpers, the results are merged into one topology, and
    /// the rules run over it once, at the end of the compilation. A finding the method analyzer already reports (a rule
    /// of both scopes, decided inside one method) is not reported again.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PeeringCompilationAnalyzer : DiagnosticAnalyzer
    {
        private static readonly IReadOnlyList<IPeeringRule> Rules = RuleSet.For(RuleScope.Compilation);

        /// <summary>The rules of both scopes, whose single-method findings belong to the method analyzer.</summary>
        private static readonly IReadOnlyList<IPeeringRule> SharedRules = Rules.Where(r => (r.Rule.Scope & RuleScope.Method) != 0).ToArray();

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            PeeringDescriptors.ForCompilationEnd(Rules.Select(r => r.Rule));

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var symbols = AzureNetworkSymbols.TryCreate(start.Compilation);
                if (symbols == null)
                {
                    return;
                }

                // Per-compilation state lives in this closure, never in the analyzer instance (RS1008).
                var code = new CompilationCode(symbols);
                var roots = new ConcurrentBag<(ISymbol Owner, IOperation Body)>();
                start.RegisterOperationBlockAction(block =>
                {
                    foreach (var operation in block.OperationBlocks)
                    {
                        if (code.Add(block.OwningSymbol, operation) && operation is IMethodBodyOperation or IConstructorBodyOperation or IBlockOperation)
                        {
                            roots.Add((block.OwningSymbol, operation));
                        }
                    }
                });
                start.RegisterCompilationEndAction(end => Report(end, symbols, code, roots));
            });
        }

        private static void Report(CompilationAnalysisContext context, AzureNetworkSymbols symbols, CompilationCode code, IEnumerable<(ISymbol Owner, IOperation Body)> roots)
        {
            var options = PeeringOptions.ReadForCompilation(context.Options, context.Compilation);
            var ordered = roots
                .OrderBy(r => r.Body.Syntax.SyntaxTree.FilePath, StringComparer.Ordinal)
                .ThenBy(r => r.Body.Syntax.SpanStart)
                .ToList();

            var blocks = new List<(ISymbol Owner, BlockFacts Facts)>();
            var followed = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            var reportedInMethods = new HashSet<(string, Location)>();
            foreach (var (owner, body) in ordered)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var interpreter = new MethodInterpreter(symbols, code);
                var topology = interpreter.Run(body);
                blocks.Add((owner, new BlockFacts(blocks.Count, topology, interpreter.SyncedWriteTargets)));
                followed.UnionWith(interpreter.FollowedMethods);
                foreach (var finding in RuleSet.Evaluate(new MethodInterpreter(symbols).Run(body), SharedRules, options))
                {
                    if (finding.Location is Location location)
                    {
                        reportedInMethods.Add((finding.Rule.Id, location));
                    }
                }
            }

            // A method followed at its call sites is read there, with the callers' values; read alone it would add a
            // second, less informed copy of the same facts.
            var merged = TopologyMerger.Merge(blocks.Where(b => !followed.Contains(b.Owner.OriginalDefinition)).Select(b => b.Facts).ToList());
            var reported = new HashSet<(string, Location)>();
            foreach (var finding in RuleSet.Evaluate(merged, Rules, options))
            {
                if (finding.Location is not Location location || reportedInMethods.Contains((finding.Rule.Id, location)) || !reported.Add((finding.Rule.Id, location)))
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    PeeringDescriptors.ForCompilationEnd(finding.Rule),
                    location,
                    PeeringDescriptors.ToDiagnosticSeverity(finding.Severity),
                    finding.AdditionalLocations.OfType<Location>(),
                    finding.Properties.ToImmutableDictionary(p => p.Key, p => (string?)p.Value),
                    finding.Message));
            }
        }
    }
}
