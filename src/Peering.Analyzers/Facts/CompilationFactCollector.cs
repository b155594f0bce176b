using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Symbols;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts
{
    /// <summary>
    /// Gathers the facts of one compilation: records every operation block while the compiler hands them out, and at
    /// the end reads each method body that touches the SDK, following calls into the compilation's own helpers, and
    /// merges the results into one topology.
    /// </summary>
    internal static class CompilationFactCollector
    {
        /// <summary>Registers the collection; <paramref name="onEnd"/> receives the facts at the end of the compilation.</summary>
        public static void Register(CompilationStartAnalysisContext start, AzureNetworkSymbols symbols, Action<CompilationAnalysisContext, CompilationFacts> onEnd)
        {
            // Per-compilation state lives in this closure, never in an analyzer instance (RS1008).
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
            start.RegisterCompilationEndAction(end => onEnd(end, Collect(symbols, code, roots, end)));
        }

        private static CompilationFacts Collect(AzureNetworkSymbols symbols, CompilationCode code, IEnumerable<(ISymbol Owner, IOperation Body)> roots, CompilationAnalysisContext context)
        {
            var ordered = roots
                .OrderBy(r => r.Body.Syntax.SyntaxTree.FilePath, StringComparer.Ordinal)
                .ThenBy(r => r.Body.Syntax.SpanStart)
                .ToList();
            var blocks = new List<(ISymbol Owner, BlockFacts Facts)>();
            var followed = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (var (owner, body) in ordered)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var interpreter = new MethodInterpreter(symbols, code);
                var topology = interpreter.Run(body);
                blocks.Add((owner, new BlockFacts(blocks.Count, topology, interpreter.SyncedWriteTargets)));
                followed.UnionWith(interpreter.FollowedMethods);
            }

            // A method followed at its call sites is read there, with the callers' values; read alone it would add a
            // second, less informed copy of the same facts.
            var merged = TopologyMerger.Merge(blocks.Where(b => !followed.Contains(b.Owner.OriginalDefinition)).Select(b => b.Facts).ToList());
            return new CompilationFacts(merged, ordered.Select(r => r.Body).ToList());
        }
    }

    /// <summary>The merged topology of a compilation, and the method bodies it came from.</summary>
    internal sealed class CompilationFacts
    {
        public CompilationFacts(Topology topology, IReadOnlyList<IOperation> bodies)
        {
            Topology = topology;
            Bodies = bodies;
        }

        public Topology Topology { get; }

        /// <summary>Every method body that touches the SDK, in a stable order.</summary>
        public IReadOnlyList<IOperation> Bodies { get; }
    }
}
