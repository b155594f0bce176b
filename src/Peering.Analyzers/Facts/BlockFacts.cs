using System.Collections.Generic;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts
{
    /// <summary>What the interpreter found in one method body, ready to be merged with the other bodies of the compilation.</summary>
    internal sealed class BlockFacts
    {
        public BlockFacts(int index, Topology topology, IReadOnlyList<VirtualNetwork?> syncedWriteTargets)
        {
            Index = index;
            Topology = topology;
            SyncedWriteTargets = syncedWriteTargets;
        }

        /// <summary>A number unique in the compilation, which keeps the block's local VNet keys apart from other blocks'.</summary>
        public int Index { get; }

        public Topology Topology { get; }

        /// <summary>The remotes of the peerings the block writes with a sync (null: unknown remote).</summary>
        public IReadOnlyList<VirtualNetwork?> SyncedWriteTargets { get; }
    }
}
