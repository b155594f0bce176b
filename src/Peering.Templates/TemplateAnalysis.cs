using System;
using System.Collections.Generic;
using Peering.Rules.Checks;
using Peering.Rules.Model;

namespace Peering.Templates
{
    /// <summary>What one run over a set of templates found: the joined topology and every finding, suppressed ones removed.</summary>
    public sealed class TemplateAnalysisResult
    {
        public TemplateAnalysisResult(Topology topology, IReadOnlyList<Finding> findings, IReadOnlyList<UnevaluatedConstruct>? notNeeded = null)
        {
            Topology = topology;
            Findings = findings;
            NotNeeded = notNeeded ?? Array.Empty<UnevaluatedConstruct>();
        }

        public Topology Topology { get; }

        /// <summary>Rule findings and the reader's own PEER901/PEER902, each located by a <see cref="SourceLocation"/>.</summary>
        public IReadOnlyList<Finding> Findings { get; }

        /// <summary>
        /// The constructs the reader did not evaluate whose values no rule needed: counted and listed, not reported one
        /// by one (a construct a rule needed is a PEER902 finding instead). In file and line order.
        /// </summary>
        public IReadOnlyList<UnevaluatedConstruct> NotNeeded { get; }
    }
}
