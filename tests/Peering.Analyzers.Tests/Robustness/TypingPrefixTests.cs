using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace Peering.Analyzers.Tests.Robustness
{
    /// <summary>
    /// Code while it is being typed: each input cut after a token, analysed by every analyzer with every code fix run on
    /// what they report, raises no exception. Every cut of the representative inputs (the largest case file, sample file
    /// and inline source: about 880 cuts) is checked; of the other inputs' cuts (about 6,700) a seeded sample of
    /// <see cref="SampledCuts"/> (in a CI run: see <see cref="RobustnessBudget"/>). Consecutive cuts take the SDK shapes,
    /// profiles and closed-world settings in turn.
    /// </summary>
    public sealed class TypingPrefixTests
    {
        /// <summary>How many cuts of the non-representative inputs are checked in all (a seeded sample).</summary>
        private const int SampledCuts = 1600;

        private static readonly double SampleRate = (double)RobustnessBudget.Scaled(SampledCuts) / RobustnessInputs.All
            .Except(RobustnessInputs.Representatives)
            .Sum(i => SourceVariants.Prefixes(i.File.Text).Count);

        [Theory]
        [MemberData(nameof(RobustnessInputs.Names), MemberType = typeof(RobustnessInputs))]
        public async Task Cuts_after_every_token_of_representative_inputs_and_1600_sampled_cuts_of_the_rest_raise_no_exception(string inputName)
        {
            var input = RobustnessInputs.Get(inputName);
            var prefixes = SourceVariants.Prefixes(input.File.Text);
            var variants = RobustnessInputs.Representatives.Contains(input) ? prefixes : SourceVariants.Sample(prefixes, input.Name, Math.Min(1, SampleRate));
            var failures = new List<string>();
            for (var i = 0; i < variants.Count; i++)
            {
                var outcome = await CrashCheck.RunAsync(input.WithText(variants[i].Text), variants[i].Description, AnalysisConfiguration.InTurn(i), runFixes: true);
                failures.AddRange(outcome.Failures);
            }

            FailureReport.AssertNone(failures);
        }
    }
}
