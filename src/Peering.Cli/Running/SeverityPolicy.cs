using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Catalogue;
using Peering.Rules.Checks;

namespace Peering.Cli.Running
{
    /// <summary>The configured rule severities, applied to findings before the failure level is compared.</summary>
    internal static class SeverityPolicy
    {
        /// <summary>Findings at their configured severity; a rule configured as "none" reports nothing.</summary>
        public static IReadOnlyList<Finding> Apply(IEnumerable<Finding> findings, IReadOnlyDictionary<string, RuleSeverity> overrides) =>
            findings
                .Select(finding => overrides.TryGetValue(finding.Rule.Id, out var severity) && severity != finding.Severity
                    ? new Finding(finding.Rule, severity, finding.Message, finding.Location, finding.AdditionalLocations, finding.Properties)
                    : finding)
                .Where(finding => finding.Severity != RuleSeverity.NotApplicable)
                .ToList();

        /// <summary>Whether the run fails: a finding at <paramref name="failOn"/> or above (info &lt; warning &lt; error).</summary>
        public static bool Fails(IEnumerable<Finding> findings, RuleSeverity failOn) =>
            findings.Any(finding => finding.Severity >= failOn);
    }
}
