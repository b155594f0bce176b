using System.Collections.Generic;
using Peering.Rules.Checks;
using Peering.Rules.Model;

namespace Peering.Templates
{
    /// <summary>What one run over a set of templates found: the joined topology and every finding, suppressed ones removed.</summary>
    public sealed class TemplateAnalysisResult
    {
        public TemplateAnalysisResult(Topology topology, IReadOnlyList<Finding> findings)
        {
            Topology = topology;
            Findings = findings;
        }

        public Topology Topology { get; }

        /// <summary>Rule findings and the reader's own PEER901/PEER902, each located by a <see cref="SourceLocation"/>.</summary>
        public IReadOnlyList<Finding> Findings { get; }
    }
}
