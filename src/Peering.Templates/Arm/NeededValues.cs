using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Catalogue;
using Peering.Rules.Checks;

namespace Peering.Templates.Arm
{
    /// <summary>
    /// The constructs the reader did not evaluate that a rule needed: the rules name them when an unknown value stops
    /// them (<see cref="FindingSink.Need{T}"/>), and each becomes one PEER902 at the construct's place that names the
    /// checks it stopped.
    /// </summary>
    internal sealed class NeededValues
    {
        private readonly Dictionary<UnevaluatedConstruct, SortedSet<string>> rulesByConstruct = new Dictionary<UnevaluatedConstruct, SortedSet<string>>();

        public NeededValues(IEnumerable<UndecidedCheck> undecided)
        {
            foreach (var check in undecided)
            {
                if (check.Cause is UnevaluatedConstruct construct)
                {
                    if (!rulesByConstruct.TryGetValue(construct, out var rules))
                    {
                        rulesByConstruct.Add(construct, rules = new SortedSet<string>(StringComparer.Ordinal));
                    }

                    rules.Add(check.Rule.Id);
                }
            }
        }

        public bool Contains(UnevaluatedConstruct construct) => rulesByConstruct.ContainsKey(construct);

        public IReadOnlyList<Finding> Findings(AnalysisOptions options)
        {
            var sink = new FindingSink(options);
            foreach (var entry in rulesByConstruct)
            {
                var construct = entry.Key.Construct;
                sink.Report(RuleCatalogue.PEER902, entry.Key.Location,
                    char.ToUpperInvariant(construct[0]) + construct.Substring(1) + " " + entry.Key.Verdict + ", so the checks that need its value were skipped: "
                    + string.Join(", ", entry.Value));
            }

            return sink.Findings;
        }
    }
}
