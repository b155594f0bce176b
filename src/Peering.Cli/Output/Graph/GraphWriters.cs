using System.Collections.Generic;

namespace Peering.Cli.Output.Graph
{
    /// <summary>The <c>--graph</c> values and their writers; a graph writer renders the report's topology and findings.</summary>
    public static class GraphWriters
    {
        public const string Mermaid = "mermaid";
        public const string Dot = "dot";

        public static IReadOnlyList<string> Formats { get; } = new[] { Mermaid, Dot };

        /// <summary>The writer for a graph format name (case-insensitive), or null for an unknown name.</summary>
        public static IReportWriter? For(string format) => format.Trim().ToLowerInvariant() switch
        {
            Mermaid => new MermaidGraphWriter(),
            Dot => new DotGraphWriter(),
            _ => null,
        };
    }
}
