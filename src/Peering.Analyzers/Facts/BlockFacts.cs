using System.Collections.Generic;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts
{
    /// <summary>What the interpreter found in one method body, ready to be merged with the other bodies of the compilation.</summary>
    internal sealed class BlockFacts
    {
        public BlockFacts(Topology topology, IReadOnlyList<VirtualNetwork?> syncedWriteTargets)
        {
            Topology = topology;
            SyncedWriteTargets = syncedWriteTargets;
        }

        public Topology Topology { get; }

        /// <summary>The remotes of the peerings the block writes with a sync (null: unknown remote).</summary>
        public IReadOnlyList<VirtualNetwork?> SyncedWriteTargets { get; }
    }
}
