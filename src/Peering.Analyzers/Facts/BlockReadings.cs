using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Peering.Analyzers.Symbols;

namespace Peering.Analyzers.Facts
{
    /// <summary>
    /// The readings of a compilation's code blocks each on its own, shared by both analyzers so that a block is read once
    /// per compilation: the method analyzer reads every block that may touch the SDK for the rules of one method, and at
    /// compilation end the compilation analyzer takes that reading for every block that met none of the compilation's own
    /// code (<see cref="BlockFacts.MetCompilationCode"/>); only a block that calls into its own helpers is read again, with
    /// them followed.
    /// </summary>
    internal sealed class BlockReadings
    {
        private static readonly ConditionalWeakTable<Compilation, BlockReadings> Cache = new ConditionalWeakTable<Compilation, BlockReadings>();

        private readonly ConcurrentDictionary<SyntaxNode, BlockFacts> byBlock = new ConcurrentDictionary<SyntaxNode, BlockFacts>();
        private readonly SdkLibraries libraries;

        private BlockReadings(SdkLibraries libraries) => this.libraries = libraries;

        /// <summary>The readings of <paramref name="compilation"/>, one store for both analyzers.</summary>
        public static BlockReadings For(Compilation compilation, SdkLibraries libraries) =>
            Cache.GetValue(compilation, _ => new BlockReadings(libraries));

        /// <summary>The facts of <paramref name="block"/> read on its own, read on first request.</summary>
        public BlockFacts Read(IOperation block) => byBlock.GetOrAdd(block.Syntax, _ => CodeReader.Read(block, libraries));

        /// <summary>The reading of <paramref name="block"/> on its own when it has been made; null otherwise.</summary>
        public BlockFacts? Find(IOperation block) => byBlock.TryGetValue(block.Syntax, out var facts) ? facts : null;
    }
}
