using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts
{
    /// <summary>What reading one method body found, ready to be merged with the other bodies of the compilation.</summary>
    internal sealed class BlockFacts
    {
        public BlockFacts(Topology topology, IReadOnlyList<VirtualNetwork?> syncedWriteTargets, IReadOnlyCollection<VirtualNetworkPeering> rewrites, IReadOnlyCollection<ISymbol> followedMethods, bool metCompilationCode)
        {
            Topology = topology;
            SyncedWriteTargets = syncedWriteTargets;
            Rewrites = rewrites;
            FollowedMethods = followedMethods;
            MetCompilationCode = metCompilationCode;
        }

        public Topology Topology { get; }

        /// <summary>The remotes of the peerings the block writes with a sync (null: unknown remote).</summary>
        public IReadOnlyList<VirtualNetwork?> SyncedWriteTargets { get; }

        /// <summary>
        /// The peerings of <see cref="Topology"/> that rewrite a peering that exists (the data of a fetched peering, an
        /// update): their own settings are checked in the method, but they stay out of the compilation's topology, where
        /// they would count a peering a second time, with a remote the analysis does not know.
        /// </summary>
        public IReadOnlyCollection<VirtualNetworkPeering> Rewrites { get; }

        /// <summary>The methods whose bodies the block followed at a call site.</summary>
        public IReadOnlyCollection<ISymbol> FollowedMethods { get; }

        /// <summary>
        /// True when the block, read on its own, met a call, property or static field of the compilation's own code that
        /// it did not follow: read with the compilation's code, it may tell more.
        /// </summary>
        public bool MetCompilationCode { get; }
    }
}
