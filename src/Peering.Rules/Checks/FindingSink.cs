using System.Collections.Generic;
using Peering.Rules.Catalogue;
using Peering.Rules.Model;

namespace Peering.Rules.Checks
{
    /// <summary>
    /// Collects findings at the severity the run's profile gives each rule; drops rules a profile does not have. Also
    /// collects the checks rules could not decide because a fact they needed is unknown for a recorded reason.
    /// </summary>
    public sealed class FindingSink
    {
        private readonly List<Finding> findings = new List<Finding>();
        private readonly List<UndecidedCheck> undecided = new List<UndecidedCheck>();
        private HashSet<(RuleInfo Rule, object Cause)>? undecidedSeen;

        public FindingSink(AnalysisOptions options)
        {
            Options = options;
        }

        public AnalysisOptions Options { get; }

        public IReadOnlyList<Finding> Findings => findings;

        /// <summary>Each (rule, cause) once, in the order the rules met them.</summary>
        public IReadOnlyList<UndecidedCheck> Undecided => undecided;

        public void Report(RuleInfo rule, object? location, string message, IReadOnlyList<object>? additionalLocations = null, IReadOnlyDictionary<string, string>? properties = null)
        {
            var severity = rule.SeverityFor(Options.Profile);
            if (severity != RuleSeverity.NotApplicable)
            {
                findings.Add(new Finding(rule, severity, message, location, additionalLocations, properties));
            }
        }

        /// <summary>
        /// Forgets what <paramref name="rule"/> left from finding position <paramref name="start"/> on (a rule that failed
        /// halfway): its findings and the checks it noted as undecided, since the failure says more than either.
        /// </summary>
        internal void DiscardFrom(int start, RuleInfo rule)
        {
            findings.RemoveRange(start, findings.Count - start);
            if (undecided.RemoveAll(u => u.Rule == rule) > 0)
            {
                undecidedSeen!.RemoveWhere(seen => seen.Rule == rule);
            }
        }

        /// <summary>
        /// Returns <paramref name="fact"/>, first noting that <paramref name="rule"/> could not decide for want of it when it
        /// is unknown for a reason the front end recorded (<see cref="Fact{T}.UnknownBecause"/>). A rule reads through
        /// this the facts that decide it, at the point where an unknown one stops it; facts that only shape a message
        /// are read directly. Unknown facts without a recorded reason (the C# front end's, a template parameter without
        /// a value) are not noted: nothing could have told them.
        /// </summary>
        public Fact<T> Need<T>(RuleInfo rule, Fact<T> fact)
        {
            if (fact.State == FactState.Unknown && fact.Source != null && rule.SeverityFor(Options.Profile) != RuleSeverity.NotApplicable)
            {
                // Rules meet the same unknown fact again and again (every peering of a loop): a lookup allocates nothing.
                if ((undecidedSeen ??= new HashSet<(RuleInfo, object)>()).Add((rule, fact.Source)))
                {
                    undecided.Add(new UndecidedCheck(rule, fact.Source));
                }
            }

            return fact;
        }
    }
}
