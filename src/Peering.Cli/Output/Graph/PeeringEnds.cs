using System;
using System.Collections.Generic;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Cli.Output.Graph
{
    /// <summary>
    /// The nodes a peering is drawn between. A parent or remote the analysis did not resolve gets a node of its own
    /// (<c>u1</c>, <c>u2</c>, …): one per remote id text, one per peering when nothing about it is known.
    /// </summary>
    internal sealed class PeeringEnds
    {
        private readonly Dictionary<ResourceIdentity, int> indexByIdentity = new Dictionary<ResourceIdentity, int>();
        private readonly Dictionary<string, string> unresolvedRemotes = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly List<GraphNode> nodes;
        private int placeholders;

        /// <param name="networks">The VNets, in the order of <paramref name="nodes"/>.</param>
        /// <param name="nodes">Their nodes; placeholders are added to it.</param>
        public PeeringEnds(IReadOnlyList<VirtualNetwork> networks, List<GraphNode> nodes)
        {
            for (int i = 0; i < networks.Count; i++)
            {
                indexByIdentity[networks[i].Identity] = i;
            }

            this.nodes = nodes;
        }

        /// <summary>The node index of a resolved VNet, for ordering peerings; unresolved ones sort last.</summary>
        public int OrderOf(VirtualNetwork? network) =>
            network != null && indexByIdentity.TryGetValue(network.Identity, out var index) ? index : int.MaxValue;

        public string ParentOf(VirtualNetworkPeering peering) =>
            peering.Parent != null ? nodes[indexByIdentity[peering.Parent.Identity]].Id : Placeholder("(VNet unknown)");

        public string RemoteOf(VirtualNetworkPeering peering)
        {
            if (peering.RemoteNetwork != null)
            {
                return nodes[indexByIdentity[peering.RemoteNetwork.Identity]].Id;
            }

            if (!peering.Remote.IsKnown)
            {
                return Placeholder(peering.Remote.State == FactState.Absent ? "(no remote VNet)" : "(remote VNet unknown)");
            }

            var text = peering.Remote.Value.Text;
            if (!unresolvedRemotes.TryGetValue(text, out var id))
            {
                unresolvedRemotes[text] = id = Placeholder(GraphText.Of(text), "(not resolved)");
            }

            return id;
        }

        private string Placeholder(params string[] lines)
        {
            var id = "u" + (++placeholders);
            nodes.Add(new GraphNode(id, lines, FindingPlacement.None));
            return id;
        }
    }
}
