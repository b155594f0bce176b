using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Peering.Rules.Catalogue;
using Peering.Rules.Text;

namespace Peering.Cli.Output.Graph
{
    /// <summary>
    /// The topology as a Mermaid flowchart (renders in GitHub Markdown): VNets as boxes, peerings as arrows,
    /// two-headed for a pair, dotted when conditional, outlined in colour where a finding is located.
    /// </summary>
    public sealed class MermaidGraphWriter : IReportWriter
    {
        private static readonly RuleSeverity[] MarkedSeverities = { RuleSeverity.Error, RuleSeverity.Warning, RuleSeverity.Info };

        public void Write(Report report, TextWriter output)
        {
            var graph = TopologyGraph.Build(report);
            output.WriteLine("flowchart LR");
            foreach (var severity in MarkedSeverities)
            {
                output.WriteLine("  classDef " + SeverityNames.Of(severity) + " stroke:" + GraphColours.Of(severity) + ",stroke-width:3px");
            }

            foreach (var node in graph.Nodes)
            {
                output.WriteLine("  " + node.Id + "[\"" + Label(node.Lines) + "\"]");
            }

            foreach (var edge in graph.Edges)
            {
                output.WriteLine("  " + edge.From + " " + Arrow(edge) + "|\"" + Label(edge.Lines) + "\"| " + edge.To);
            }

            foreach (var node in graph.Nodes.Where(n => n.Marks.Any))
            {
                output.WriteLine("  class " + node.Id + " " + SeverityNames.Of(node.Marks.Worst));
            }

            for (int i = 0; i < graph.Edges.Count; i++)
            {
                var marks = graph.Edges[i].Marks;
                if (marks.Any)
                {
                    output.WriteLine("  linkStyle " + i + " stroke:" + GraphColours.Of(marks.Worst) + ",stroke-width:3px");
                }
            }
        }

        private static string Arrow(GraphEdge edge) => (edge.BothWays, edge.Conditional) switch
        {
            (true, true) => "<-.->",
            (true, false) => "<-->",
            (false, true) => "-.->",
            _ => "-->",
        };

        /// <summary>Lines joined by <c>&lt;br/&gt;</c>, each escaped by <see cref="Escape"/>.</summary>
        private static string Label(IEnumerable<string> lines) => string.Join("<br/>", lines.Select(Escape));

        /// <summary>
        /// Everything but letters, digits and a few harmless punctuation marks becomes a Mermaid entity code
        /// (<c>#34;</c>), so no text from a template can close the label, start a directive or inject HTML.
        /// </summary>
        public static string Escape(string text)
        {
            var visible = DisplayText.Visible(text);
            var builder = new StringBuilder(visible.Length);
            for (int i = 0; i < visible.Length; i++)
            {
                char c = visible[i];
                if (char.IsAsciiLetterOrDigit(c) || " .,-_/:()+=".IndexOf(c) >= 0)
                {
                    builder.Append(c);
                    continue;
                }

                int codePoint = char.IsSurrogatePair(visible, i) ? char.ConvertToUtf32(visible[i], visible[++i]) : c;
                builder.Append('#').Append(codePoint.ToString(CultureInfo.InvariantCulture)).Append(';');
            }

            return builder.ToString();
        }
    }
}
