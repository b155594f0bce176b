using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Model;

namespace Peering.Cli.Output.Graph
{
    /// <summary>The lines of a VNet's label: name, region, prefixes, gateway, and the rules that found something there.</summary>
    internal static class NodeLabels
    {
        public static IReadOnlyList<string> Of(VirtualNetwork network, GraphMarks marks)
        {
            var lines = new List<string> { network.DisplayName };
            if (network.Location.IsKnown)
            {
                lines.Add(network.Location.Value);
            }

            if (network.AddressPrefixes.IsKnown && network.AddressPrefixes.Value.Count > 0)
            {
                lines.Add(string.Join(", ", network.AddressPrefixes.Value.Select(p => p.Prefix.Text)));
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
