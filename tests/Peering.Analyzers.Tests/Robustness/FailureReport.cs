using System.Collections.Generic;
using System.Linq;

namespace Peering.Analyzers.Tests.Robustness
{
    /// <summary>Assertion over collected failures, so one run reports every exception with the variant that caused it.</summary>
    public static class FailureReport
    {
        public static void AssertNone(IReadOnlyCollection<string> failures) =>
            Assert.True(failures.Count == 0, $"{failures.Count} exception(s):\n\n" + string.Join("\n\n", failures.Distinct()));
    }
}
