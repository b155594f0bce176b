using System;
using System.Linq;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace Peering.Analyzers.Tests.Robustness
{
    /// <summary>
    /// Code while it is being typed: each input cut after a token, analysed by every analyzer with every code fix run on
    /// what they report, raises no exception. Every cut of the representative inputs (the largest case file, sample file
    /// and inline source) is checked; of the other inputs' cuts a seeded sample of <see cref="SampledCuts"/> (in a CI
    /// run: see <see cref="RobustnessBudget"/>). When written: 80 inputs with 14,778 cuts, of which 2,756 are checked
    /// (1,121 of them the representatives'). Consecutive cuts take the configurations (SDK shape, profile, closed world,
    /// option delivery) in turn.
    /// </summary>
    public sealed class TypingPrefixTests
    {
        /// <summary>How many cuts of the non-representative inputs are checked in all (a seeded sample).</summary>
        private const int SampledCuts = 1600;

        private static readonly double SampleRate = (double)RobustnessBudget.Scaled(SampledCuts) / RobustnessInputs.All
            .Except(RobustnessInputs.Representatives)
            .Sum(i => SourceVariants.Prefixes(i.File.Text).Count);

        private readonly ITestOutputHelper output;

        public TypingPrefixTests(ITestOutputHelper output) => this.output = output;

        [Theory]
        [MemberData(nameof(RobustnessInputs.Names), MemberType = typeof(RobustnessInputs))]
        public async Task Cuts_after_every_token_of_representative_inputs_and_1600_sampled_cuts_of_the_rest_raise_no_exception(string inputName)
        {
            var input = RobustnessInputs.Get(inputName);
            var prefixes = SourceVariants.Prefixes(input.File.Text);
            var variants = RobustnessInputs.Representatives.Contains(input) ? prefixes : SourceVariants.Sample(prefixes, input.Name, Math.Min(1, SampleRate));
            output.WriteLine($"{variants.Count} of {prefixes.Count} cuts of {input.Name}");
            FailureReport.AssertNone(await CrashCheck.RunAllAsync(input, variants));
        }
    }
}
