using System;
using Peering.Rules.Catalogue;

namespace Peering.Cli.CommandLine
{
    /// <summary>The words users write for a severity: <c>error</c>, <c>warning</c>, <c>info</c>, and <c>none</c> to turn a rule off.</summary>
    internal static class SeverityParser
    {
        public static bool TryParse(string? text, out RuleSeverity severity)
        {
            switch (text?.Trim().ToLowerInvariant())
            {
                case "error":
                    severity = RuleSeverity.Error;
                    return true;
                case "warning":
                    severity = RuleSeverity.Warning;
                    return true;
                case "info":
                    severity = RuleSeverity.Info;
                    return true;
                case "none":
                    severity = RuleSeverity.NotApplicable;
                    return true;
                default:
                    severity = RuleSeverity.NotApplicable;
                    return false;
            }
        }
    }
}
