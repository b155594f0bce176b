using System.Collections.Generic;
using Peering.Rules.Catalogue;
using Peering.Rules.Checks;
using Peering.Templates;
using Peering.Terraform.Evaluation;

namespace Peering.Terraform
{
    /// <summary>
    /// The reader's own findings: PEER901 for a file or module it cannot read, PEER902 for a construct it does not
    /// evaluate. Each construct is noted once per place, however many module instances evaluate it.
    /// </summary>
    internal sealed class ReaderNotes : IEvaluationNotes
    {
        private readonly FindingSink sink;
        private readonly HashSet<(SourceLocation, string)> seen = new HashSet<(SourceLocation, string)>();

        public ReaderNotes(AnalysisOptions options)
        {
            sink = new FindingSink(options);
        }

        public IReadOnlyList<Finding> Findings => sink.Findings;

        public void NotEvaluated(SourceLocation location, string construct)
        {
            if (seen.Add((location, construct)))
            {
                sink.Report(RuleCatalogue.PEER902, location, Capitalized(construct) + " is not evaluated, so the checks that need its value were skipped");
            }
        }

        /// <summary>A PEER902 whose whole sentence is given (a module not installed, a value that fails to evaluate).</summary>
        public void Note(SourceLocation location, string message)
        {
            if (seen.Add((location, message)))
            {
                sink.Report(RuleCatalogue.PEER902, location, message);
            }
        }

        public void CannotRead(SourceLocation location, string message)
        {
            if (seen.Add((location, message)))
            {
                sink.Report(RuleCatalogue.PEER901, location, message);
            }
        }

        private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
