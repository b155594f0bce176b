using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Model;

namespace Peering.Cli.Output.Graph
{
    /// <summary>The lines of a VNet's label: name, region, prefixes, gateway, and the rules that found something there.</summary>
    internal static class NodeLabels
    {
        /// <summary>A VNet with hundreds of prefixes shows the first few; the text formats list the findings about the rest.</summary>
        private const int MaxPrefixes = 4;

        public static IReadOnlyList<string> Of(VirtualNetwork network, GraphMarks marks)
        {
            var lines = new List<string> { GraphText.Of(network.DisplayName) };
            if (network.Location.IsKnown)
            {
                lines.Add(GraphText.Of(network.Location.Value));
            }

            if (network.AddressPrefixes.IsKnown && network.AddressPrefixes.Value.Count > 0)
            {
                var prefixes = network.AddressPrefixes.Value;
                var shown = string.Join(", ", prefixes.Take(MaxPrefixes).Select(p => p.Prefix.Text));
                lines.Add(prefixes.Count > MaxPrefixes ? shown + " and " + (prefixes.Count - MaxPrefixes) + " more" : shown);
            }

            if (network.HasGateway.Is(true))
            {
                lines.Add("gateway");
            }

            if (!network.IsDefined)
            {
                lines.Add("(referenced, not defined here)");
            }

            AddMarks(lines, marks);
            return lines;
        }

        public static void AddMarks(List<string> lines, GraphMarks marks)
        {
            if (marks.Any)
            {
                lines.Add(SeverityNames.Of(marks.Worst) + ": " + string.Join(", ", marks.RuleIds));
            }
        }
    }
}
