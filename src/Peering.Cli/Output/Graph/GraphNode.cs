using System.Collections.Generic;
using Peering.Rules.Catalogue;

namespace Peering.Cli.Output.Graph
{
    /// <summary>A VNet in the picture (or a remote the analysis could not resolve), with the findings located at it.</summary>
    public sealed class GraphNode
    {
        public GraphNode(string id, IReadOnlyList<string> lines, GraphMarks marks)
        {
            Id = id;
            Lines = lines;
            Marks = marks;
        }

        /// <summary>A generated identifier (<c>n1</c>, <c>u1</c>): never text from the input.</summary>
        public string Id { get; }

        /// <summary>
        /// The label's lines (name, region, prefixes, gateway, rule IDs), with text from the input made visible and cut
        /// by <see cref="GraphText"/>; each format escapes its own syntax.
        /// </summary>
        public IReadOnlyList<string> Lines { get; }

        public GraphMarks Marks { get; }
    }

    /// <summary>The findings located at a node or edge: their rule IDs and the worst severity.</summary>
    public sealed class GraphMarks
    {
        public GraphMarks(IReadOnlyList<string> ruleIds, RuleSeverity worst)
        {
            RuleIds = ruleIds;
            Worst = worst;
        }

        public IReadOnlyList<string> RuleIds { get; }

        /// <summary><see cref="RuleSeverity.NotApplicable"/> when nothing is marked.</summary>
        public RuleSeverity Worst { get; }

        public bool Any => RuleIds.Count > 0;
    }
}
