using Peering.Rules.Catalogue;

namespace Peering.Cli.Output
{
    /// <summary>The lower-case severity words the text and JSON formats print.</summary>
    public static class SeverityNames
    {
        public static string Of(RuleSeverity severity) => severity switch
        {
            RuleSeverity.Error => "error",
            RuleSeverity.Warning => "warning",
            RuleSeverity.Info => "info",
            _ => "none",
        };
    }
}
