using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Peering.Rules.Text;

namespace Peering.Cli.Output.Graph
{
    /// <summary>
    /// The topology as a Graphviz DOT digraph: VNets as boxes, peerings as arrows (<c>dir=both</c> for a pair, dashed
    /// when conditional), coloured where a finding is located.
    /// </summary>
    public sealed class DotGraphWriter : IReportWriter
    {
        public void Write(Report report, TextWriter output)
        {
            var graph = TopologyGraph.Build(report);
            output.WriteLine("digraph peerings {");
            output.WriteLine("  rankdir=LR;");
            output.WriteLine("  node [shape=box, style=rounded];");
            foreach (var node in graph.Nodes)
            {
                output.WriteLine("  " + node.Id + " [" + Attributes(node.Lines, node.Marks, dashed: false, bothWays: false) + "];");
            }

            foreach (var edge in graph.Edges)
            {
                output.WriteLine("  " + edge.From + " -> " + edge.To + " [" + Attributes(edge.Lines, edge.Marks, edge.Conditional, edge.BothWays) + "];");
            }

            output.WriteLine("}");
        }

        private static string Attributes(IEnumerable<string> lines, GraphMarks marks, bool dashed, bool bothWays)
        {
            var attributes = new List<string> { "label=\"" + string.Join("\\n", lines.Select(Escape)) + "\"" };
            if (bothWays)
            {
                attributes.Add("dir=both");
            }

            if (dashed)
            {
                attributes.Add("style=dashed");
            }

            if (marks.Any)
            {
                attributes.Add("color=\"" + GraphColours.Of(marks.Worst) + "\"");
                attributes.Add("penwidth=2");
            }

            return string.Join(", ", attributes);
        }

        /// <summary>
        /// A DOT double-quoted string's content: backslashes and quotes escaped (so no label escape such as <c>\N</c>
        /// or <c>\l</c> survives from the input), line breaks shown as <c>\u000a</c> by <see cref="DisplayText"/>.
        /// </summary>
        public static string Escape(string text)
        {
            var visible = DisplayText.Visible(text);
            var builder = new StringBuilder(visible.Length);
            foreach (char c in visible)
            {
                if (c == '\\' || c == '"')
                {
                    builder.Append('\\');
                }

                builder.Append(c);
            }

            return builder.ToString();
        }
    }
}
