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
    /// the end takes the facts of each body that touches the SDK, following calls into the compilation's own helpers, and
    /// merges them into one topology.
    /// </summary>
    internal static class CompilationFactCollector
    {
        /// <summary>Registers the collection; <paramref name="onEnd"/> receives the merged topology at the end of the compilation.</summary>
        public static void Register(CompilationStartAnalysisContext start, SdkLibraries libraries, Action<CompilationAnalysisContext, Topology> onEnd)
        {
            // Per-compilation state lives in this closure, never in an analyzer instance (RS1008).
            var code = new CompilationCode(libraries);
            var filter = SdkCodeFilter.For(start.Compilation, libraries, start.CancellationToken);
            var readings = BlockReadings.For(start.Compilation, libraries);
            start.RegisterSemanticModelAction(tree =>
            {
                var syntaxTree = tree.SemanticModel.SyntaxTree;
                var mayTouchSdk = filter.MayTouchSdk(syntaxTree)
                    ? ExecutableCode.In(syntaxTree.GetRoot(tree.CancellationToken), tree.CancellationToken).Where(filter.MayTouchSdk).ToArray()
                    : Array.Empty<CodeDeclaration>();
                code.Add(tree.SemanticModel, mayTouchSdk);
            });
            start.RegisterCompilationEndAction(end => onEnd(end, Collect(libraries, code, readings, end)));
        }

        private static Topology Collect(SdkLibraries libraries, CompilationCode code, BlockReadings readings, CompilationAnalysisContext context)
        {
            var blocks = new List<(ISymbol? Owner, BlockFacts Facts)>();
            var followed = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (var (owner, body) in code.Roots(context.CancellationToken))
            {
                context.CancellationToken.ThrowIfCancellationRequested();

                // The method analyzer's reading serves when following calls cannot add to it; else the body is read here.
                var facts = readings.Find(body) is { MetCompilationCode: false } alone ? alone : CodeReader.Read(body, libraries, code, context.CancellationToken);
                blocks.Add((owner, facts));
                followed.UnionWith(facts.FollowedMethods);
            }

            // A method followed at its call sites is read there, with the callers' values; read alone it would add a
            // second, less informed copy of the same facts.
            return TopologyMerger.Merge(blocks.Where(b => b.Owner == null || !followed.Contains(b.Owner.OriginalDefinition)).Select(b => b.Facts).ToList());
        }
    }
}
