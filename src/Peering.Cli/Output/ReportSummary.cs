using System.Collections.Generic;
using Peering.Rules.Catalogue;
using Peering.Rules.Checks;

namespace Peering.Cli.Output
{
    /// <summary>The counts every format ends with.</summary>
    public sealed class ReportSummary
    {
        private ReportSummary(int errors, int warnings, int infos, int files, int notEvaluated)
        {
            Errors = errors;
            Warnings = warnings;
            Infos = infos;
            Files = files;
            NotEvaluated = notEvaluated;
        }

        public int Errors { get; }

        public int Warnings { get; }

        public int Infos { get; }

        /// <summary>The number of files analysed, with or without findings.</summary>
        public int Files { get; }

        /// <summary>Values the reader did not evaluate that no rule needed (<see cref="Report.NotEvaluated"/>).</summary>
        public int NotEvaluated { get; }

        public static ReportSummary Of(Report report)
        {
            int errors = 0, warnings = 0, infos = 0;
            foreach (Finding finding in report.Findings)
            {
                switch (finding.Severity)
                {
                    case RuleSeverity.Error: errors++; break;
                    case RuleSeverity.Warning: warnings++; break;
                    case RuleSeverity.Info: infos++; break;
                }
            }

            return new ReportSummary(errors, warnings, infos, CountDistinct(report.AnalysedFiles), report.NotEvaluated.Count);
        }

        private static int CountDistinct(IReadOnlyList<string> files) => new HashSet<string>(files).Count;
    }
}
