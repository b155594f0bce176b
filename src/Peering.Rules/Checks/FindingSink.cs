using System.Collections.Generic;
using Peering.Rules.Catalogue;

namespace Peering.Rules.Checks
{
    /// <summary>Collects findings at the severity the run's profile gives each rule; drops rules a profile does not have.</summary>
    public sealed class FindingSink
    {
        private readonly List<Finding> findings = new List<Finding>();

        public FindingSink(AnalysisOptions options)
        {
            Options = options;
        }

        public AnalysisOptions Options { get; }

        public IReadOnlyList<Finding> Findings => findings;

        public void Report(RuleInfo rule, object? location, string message, IReadOnlyList<object>? additionalLocations = null, IReadOnlyDictionary<string, string>? properties = null)
        {
            var severity = rule.SeverityFor(Options.Profile);
            if (severity != RuleSeverity.NotApplicable)
            {
                findings.Add(new Finding(rule, severity, message, location, additionalLocations, properties));
            }
        }

        /// <summary>Forgets the findings from position <paramref name="start"/> on (those of a rule that failed halfway).</summary>
        internal void DiscardFrom(int start) => findings.RemoveRange(start, findings.Count - start);
    }
}
