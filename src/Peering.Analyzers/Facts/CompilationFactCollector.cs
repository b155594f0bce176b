using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Peering.Analyzers.Symbols;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts
{
    /// <summary>
    /// Gathers the facts of one compilation: records every tree while the compiler hands out their semantic models, and at
    /// the end reads each body that touches the SDK, following calls into the compilation's own helpers, and merges the
    /// results into one topology.
    /// </summary>
    internal static class CompilationFactCollector
    {
        /// <summary>Registers the collection; <paramref name="onEnd"/> receives the facts at the end of the compilation.</summary>
        public static void Register(CompilationStartAnalysisContext start, AzureNetworkSymbols symbols, Action<CompilationAnalysisContext, CompilationFacts> onEnd)
        {
            // Per-compilation state lives in this closure, never in an analyzer instance (RS1008).
            var code = new CompilationCode(symbols);
            var filter = SdkCodeFilter.For(start.Compilation, symbols, start.CancellationToken);
            start.RegisterSemanticModelAction(tree =>
            {
                var syntaxTree = tree.SemanticModel.SyntaxTree;
                var mayTouchSdk = filter.MayTouchSdk(syntaxTree)
                    ? ExecutableCode.In(syntaxTree.GetRoot(tree.CancellationToken), tree.CancellationToken).Where(filter.MayTouchSdk).ToArray()
                    : Array.Empty<CodeDeclaration>();
                code.Add(tree.SemanticModel, mayTouchSdk);
            });
            start.RegisterCompilationEndAction(end => onEnd(end, Collect(symbols, code, end)));
        }

        private static CompilationFacts Collect(AzureNetworkSymbols symbols, CompilationCode code, CompilationAnalysisContext context)
        {
            var blocks = new List<(ISymbol? Owner, BlockFacts Facts)>();
            var followed = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (var (owner, body) in code.Roots(context.CancellationToken))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var interpreter = new MethodInterpreter(symbols, code, context.CancellationToken);
                var topology = interpreter.Run(body);
                blocks.Add((owner, new BlockFacts(topology, interpreter.SyncedWriteTargets)));
                followed.UnionWith(interpreter.FollowedMethods);
            }

            // A method followed at its call sites is read there, with the callers' values; read alone it would add a
            // second, less informed copy of the same facts.
            var merged = TopologyMerger.Merge(blocks.Where(b => b.Owner == null || !followed.Contains(b.Owner.OriginalDefinition)).Select(b => b.Facts).ToList());
            return new CompilationFacts(merged, code);
        }
    }

    /// <summary>The merged topology of a compilation, and the code it came from.</summary>
    internal sealed class CompilationFacts
    {
        public CompilationFacts(Topology topology, CompilationCode code)
        {
            Topology = topology;
            Code = code;
        }

        public Topology Topology { get; }

        public CompilationCode Code { get; }
    }
}
