using System;
using System.Collections.Generic;
using Peering.Rules.Checks;

namespace Peering.Templates
{
    /// <summary>
    /// Inline suppressions of a run: a rule ID silenced at one line of one file (the resource a Bicep
    /// <c>#disable-next-line</c> precedes, the ARM resource whose <c>metadata</c> names the rule).
    /// </summary>
    public sealed class SuppressionSet
    {
        private readonly HashSet<(string Path, int Line, string RuleId)> entries = new HashSet<(string, int, string)>();

        public void Add(string path, int line, string ruleId) => entries.Add((path, line, ruleId.ToUpperInvariant()));

        public bool IsSuppressed(Finding finding) =>
            finding.Location is SourceLocation location && entries.Contains((location.Path, location.Line, finding.Rule.Id));

        public int Count => entries.Count;
    }
}
