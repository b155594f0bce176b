using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Peering.Analyzers.Tests.Infrastructure;

namespace Peering.Analyzers.Tests.Robustness
{
    /// <summary>
    /// Profile values a user may mistype in .editorconfig: every input is analysed and fixed without an exception, and an
    /// unrecognised profile analyses as the default (current) one rather than silencing the rules.
    /// </summary>
    public sealed class OptionValueTests
    {
        private static readonly string[] OddProfiles = { "", " ", "2099-13", "CURRENT", "  2017-10  ", "null", "current;2017-10", "\u00e9" };

        [Fact]
        public async Task Every_input_under_odd_profile_values_is_analysed_and_fixed_without_exceptions()
        {
            var failures = new List<string>();
            for (var i = 0; i < RobustnessInputs.All.Count; i++)
            {
                var configuration = new AnalysisConfiguration(SdkShape.Main, OddProfiles[i % OddProfiles.Length], ClosedWorld: i % 2 == 0, PerFileOptions: i % 3 == 0);
                failures.AddRange((await CrashCheck.RunAsync(RobustnessInputs.All[i], "unchanged", configuration, runFixes: true)).Failures);
            }

            FailureReport.AssertNone(failures);
        }

        [Fact]
        public async Task An_unrecognised_profile_reports_what_the_current_profile_does()
        {
            foreach (var input in RobustnessInputs.All.Where(i => i.Origin == InputOrigin.Case))
            {
                var current = await IdsAndPlacesAsync(input, "current");
                Assert.Equal(current, await IdsAndPlacesAsync(input, "2099-13"));
            }
        }

        private static async Task<IReadOnlyList<string>> IdsAndPlacesAsync(SourceInput input, string profile)
        {
            var outcome = await CrashCheck.RunAsync(input, "unchanged", new AnalysisConfiguration(SdkShape.Main, profile, ClosedWorld: false, PerFileOptions: false), runFixes: false);
            FailureReport.AssertNone(outcome.Failures);
            return outcome.Diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan()}").OrderBy(s => s, StringComparer.Ordinal).ToArray();
        }
    }
}
