using System;
using System.Collections.Generic;
using Peering.Rules.Checks;

namespace Peering.Templates
{
    /// <summary>
    /// Suppressions of a run: a rule ID silenced at one line of one file (the resource a Bicep
    /// <c>#disable-next-line</c> precedes, the ARM resource whose <c>metadata</c> names the rule), or everywhere (a rule
    /// the configuration turns off).
    /// </summary>
    public sealed class SuppressionSet
    {
        private readonly HashSet<(string Path, int Line, string RuleId)> entries = new HashSet<(string, int, string)>();
        private readonly HashSet<string> disabled = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        public void Add(string path, int line, string ruleId) => entries.Add((path, line, ruleId.ToUpperInvariant()));

        /// <summary>Silences <paramref name="ruleId"/> everywhere: the reader does not run it, so nothing is skipped for its sake either.</summary>
        public void Disable(string ruleId) => disabled.Add(ruleId);

        public bool IsDisabled(string ruleId) => disabled.Contains(ruleId);

        public bool IsSuppressed(Finding finding) =>
            disabled.Contains(finding.Rule.Id)
            || (finding.Location is SourceLocation location && entries.Contains((location.Path, location.Line, finding.Rule.Id)));

        public int Count => entries.Count;
    }
}
