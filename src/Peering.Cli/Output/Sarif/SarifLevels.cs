using Peering.Rules.Catalogue;

namespace Peering.Cli.Output.Sarif
{
    /// <summary>SARIF's words for severities: error, warning, note; none for a rule the profile does not have.</summary>
    internal static class SarifLevels
    {
        public static string Of(RuleSeverity severity) => severity switch
        {
            RuleSeverity.Error => "error",
            RuleSeverity.Warning => "warning",
            RuleSeverity.Info => "note",
            _ => "none",
        };
    }
}
