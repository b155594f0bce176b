using System.Collections.Generic;
using Peering.Rules.Checks;

namespace Peering.Templates.Bicep
{
    /// <summary>What compiling a run's Bicep files gave: one ARM document per compiled template, and a PEER901 per error.</summary>
    public sealed class BicepBatchResult
    {
        public BicepBatchResult(IReadOnlyList<TemplateDocument> documents, IReadOnlyList<Finding> findings)
        {
            Documents = documents;
            Findings = findings;
        }

        public IReadOnlyList<TemplateDocument> Documents { get; }

        /// <summary>PEER901 findings for files that do not compile, each at the line Bicep names, with Bicep's message.</summary>
        public IReadOnlyList<Finding> Findings { get; }
    }
}
