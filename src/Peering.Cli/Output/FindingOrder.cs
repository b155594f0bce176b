using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Checks;
using Peering.Templates;

namespace Peering.Cli.Output
{
    /// <summary>
    /// The one order every format lists findings in: by file, line, column, rule and message (ordinal, so the
    /// output is the same on every machine); findings without a file location come last.
    /// </summary>
    public static class FindingOrder
    {
        public static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings) =>
            findings
                .OrderBy(f => LocationOf(f) == null ? 1 : 0)
                .ThenBy(f => LocationOf(f)?.Path, StringComparer.Ordinal)
                .ThenBy(f => LocationOf(f)?.Line ?? 0)
                .ThenBy(f => LocationOf(f)?.Column ?? 0)
                .ThenBy(f => f.Rule.Id, StringComparer.Ordinal)
                .ThenBy(f => f.Message, StringComparer.Ordinal)
                .ToArray();

        /// <summary>The finding's file location; the template front end locates every finding by a <see cref="SourceLocation"/>.</summary>
        public static SourceLocation? LocationOf(Finding finding) => finding.Location as SourceLocation;

        public static IEnumerable<SourceLocation> AdditionalLocationsOf(Finding finding) =>
            finding.AdditionalLocations.OfType<SourceLocation>();
    }
}
