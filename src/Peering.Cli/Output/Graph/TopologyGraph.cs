using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Cli.Output.Graph
{
    /// <summary>
    /// The picture of a run's topology, independent of the drawing language: VNets as nodes in name order, peerings as
    /// edges (a peering and its reverse as one two-headed edge), findings marked where they are located.
    /// </summary>
    public sealed class TopologyGraph
    {
        private TopologyGraph(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphEdge> edges)
        {
            Nodes = nodes;
            Edges = edges;
        }

        public IReadOnlyList<GraphNode> Nodes { get; }

        public IReadOnlyList<GraphEdge> Edges { get; }

        public static TopologyGraph Build(Report report)
        {
            var placement = new FindingPlacement(report.Findings, report.Topology);
            var networks = NetworksOf(report.Topology);
            var nodes = new List<GraphNode>();
            foreach (var network in networks)
            {
                var marks = placement.MarksOf(network);
                nodes.Add(new GraphNode("n" + (nodes.Count + 1), NodeLabels.Of(network, marks), marks));
            }

            var ends = new PeeringEnds(networks, nodes);
            var edges = PeeringEdges.Build(report.Topology.Peerings, ends, placement);
            return new TopologyGraph(nodes, edges);
        }

        /// <summary>Every VNet of the topology and every VNet a peering names, once each, by name then identity.</summary>
        private static IReadOnlyList<VirtualNetwork> NetworksOf(Topology topology)
        {
            var all = topology.Networks
                .Concat(topology.Peerings.Select(p => p.Parent))
                .Concat(topology.Peerings.Select(p => p.RemoteNetwork))
                .Where(n => n != null)
                .Select(n => n!);
            var byIdentity = new Dictionary<ResourceIdentity, VirtualNetwork>();
            foreach (var network in all)
            {
                // The defined VNet wins over a mere reference to it: it has the region and prefixes.
                if (!byIdentity.TryGetValue(network.Identity, out var known) || (!known.IsDefined && network.IsDefined))
                {
                    byIdentity[network.Identity] = network;
                }
            }

            return byIdentity.Values
                .OrderBy(n => n.DisplayName, StringComparer.Ordinal)
                .ThenBy(n => n.Identity.ToString(), StringComparer.Ordinal)
                .ToArray();
        }
    }
}
