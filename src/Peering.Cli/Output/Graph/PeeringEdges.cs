using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Model;

namespace Peering.Cli.Output.Graph
{
    /// <summary>
    /// Turns peerings into edges: in a stable order (parent, remote, name), each peering is joined with the first
    /// still-unpaired peering in the opposite direction, so a VNet pair peered both ways is one two-headed edge and a
    /// one-sided or duplicate peering stays an edge of its own.
    /// </summary>
    internal static class PeeringEdges
    {
        public static IReadOnlyList<GraphEdge> Build(IEnumerable<VirtualNetworkPeering> peerings, PeeringEnds ends, FindingPlacement placement)
        {
            var ordered = peerings
                .OrderBy(p => ends.OrderOf(p.Parent))
                .ThenBy(p => ends.OrderOf(p.RemoteNetwork))
                .ThenBy(p => p.Remote.IsKnown ? p.Remote.Value.Text : string.Empty, StringComparer.Ordinal)
                .ThenBy(p => p.Name.IsKnown ? p.Name.Value : string.Empty, StringComparer.Ordinal)
                .ToArray();
            var slots = new List<(string From, string To, List<VirtualNetworkPeering> Peerings)>();
            var unpaired = new Dictionary<(string, string), Queue<int>>();
            foreach (var peering in ordered)
            {
                var from = ends.ParentOf(peering);
                var to = ends.RemoteOf(peering);
                if (from != to && unpaired.TryGetValue((to, from), out var waiting) && waiting.Count > 0)
                {
                    slots[waiting.Dequeue()].Peerings.Add(peering);
                    continue;
                }

                if (!unpaired.TryGetValue((from, to), out var queue))
                {
                    unpaired[(from, to)] = queue = new Queue<int>();
                }

                queue.Enqueue(slots.Count);
                slots.Add((from, to, new List<VirtualNetworkPeering> { peering }));
            }

            return slots.Select(slot => ToEdge(slot.From, slot.To, slot.Peerings, placement)).ToArray();
        }

        private static GraphEdge ToEdge(string from, string to, List<VirtualNetworkPeering> peerings, FindingPlacement placement)
        {
            var marks = placement.MarksOf(peerings);
            var lines = peerings.Select(Describe).ToList();
            NodeLabels.AddMarks(lines, marks);
            return new GraphEdge(from, to, peerings.Count == 2, peerings.Any(p => p.IsConditional), lines, marks);
        }

        /// <summary>"hub-to-spoke: allows gateway transit, blocks VNet access".</summary>
        private static string Describe(VirtualNetworkPeering peering)
        {
            var flags = new List<string>();
            if (peering.AllowGatewayTransit.Is(true))
            {
                flags.Add("allows gateway transit");
            }

            if (peering.UseRemoteGateways.Is(true))
            {
                flags.Add("uses remote gateway");
            }

            if (peering.AllowForwardedTraffic.Is(true))
            {
                flags.Add("forwarded traffic");
            }

            if (peering.AllowVirtualNetworkAccess.Is(false))
            {
                flags.Add("blocks VNet access");
            }

            var name = peering.Name.IsKnown ? GraphText.Of(peering.Name.Value) : "(unnamed peering)";
            return flags.Count == 0 ? name : name + ": " + string.Join(", ", flags);
        }
    }
}
