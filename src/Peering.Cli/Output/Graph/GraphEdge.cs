using System.Collections.Generic;

namespace Peering.Cli.Output.Graph
{
    /// <summary>
    /// One peering drawn from its parent to its remote, or a pair of reverse peerings drawn as one two-headed edge.
    /// </summary>
    public sealed class GraphEdge
    {
        public GraphEdge(string from, string to, bool bothWays, bool conditional, IReadOnlyList<string> lines, GraphMarks marks)
        {
            From = from;
            To = to;
            BothWays = bothWays;
            Conditional = conditional;
            Lines = lines;
            Marks = marks;
        }

        public string From { get; }

        public string To { get; }

        public bool BothWays { get; }

        /// <summary>True when a peering of the edge may not be deployed (a template <c>condition</c>): drawn dashed.</summary>
        public bool Conditional { get; }

        /// <summary>The label's lines: each peering's name (made visible and cut) with its flags, then the rule IDs located there.</summary>
        public IReadOnlyList<string> Lines { get; }

        public GraphMarks Marks { get; }
    }
}
