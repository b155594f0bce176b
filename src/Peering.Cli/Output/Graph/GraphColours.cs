using Peering.Rules.Catalogue;

namespace Peering.Cli.Output.Graph
{
    /// <summary>The colour a node or edge is outlined in for the worst finding located at it.</summary>
    internal static class GraphColours
    {
        public static string Of(RuleSeverity severity) => severity switch
        {
            RuleSeverity.Error => "#d73a49",
            RuleSeverity.Warning => "#e36209",
            _ => "#0366d6",
        };
    }
}
