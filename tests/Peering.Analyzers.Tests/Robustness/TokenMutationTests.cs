using System;
using System.Linq;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace Peering.Analyzers.Tests.Robustness
{
    /// <summary>
    /// Slips of the keyboard: <see cref="Variants"/> seeded single-token edits over all inputs (shared out by their
    /// size, at least <see cref="MinimumPerInput"/> each), alternately one token deleted and one typed twice, analysed by
    /// every analyzer with every code fix run on what they report, raise no exception; so do <see cref="LiteralVariants"/>
    /// literals replaced by edge values. Consecutive variants take the configurations (SDK shape, profile, closed world,
    /// option delivery) in turn. The counts are those of a CI run (see <see cref="RobustnessBudget"/>).
    /// </summary>
    public sealed class TokenMutationTests
    {
        private const int Variants = 2000;
        private const int LiteralVariants = 600;
        private const int MinimumPerInput = 4;

        private static readonly int TotalTokens = RobustnessInputs.All.Sum(i => SourceVariants.TokenCount(i.File.Text));

        private readonly ITestOutputHelper output;

        public TokenMutationTests(ITestOutputHelper output) => this.output = output;

        [Theory]
        [MemberData(nameof(RobustnessInputs.Names), MemberType = typeof(RobustnessInputs))]
        public async Task Two_thousand_seeded_single_token_deletions_and_duplications_raise_no_exception(string inputName)
        {
            var input = RobustnessInputs.Get(inputName);
            var count = ShareOf(RobustnessBudget.Scaled(Variants), input);
            var variants = SourceVariants.Mutations(input.File.Text, input.Name, count);

            output.WriteLine($"{variants.Count} single-token edits of {input.Name}");
            Assert.Equal(count, variants.Count);
            FailureReport.AssertNone(await CrashCheck.RunAllAsync(input, variants));
        }

        /// <summary>Beyond typing slips: each of 600 seeded literals replaced by an edge value (empty, malformed or huge prefix, id, name; null; another type).</summary>
        [Theory]
        [MemberData(nameof(RobustnessInputs.Names), MemberType = typeof(RobustnessInputs))]
        public async Task Six_hundred_seeded_literals_replaced_by_edge_values_raise_no_exception(string inputName)
        {
            var input = RobustnessInputs.Get(inputName);
            var variants = SourceVariants.LiteralReplacements(input.File.Text, input.Name, ShareOf(RobustnessBudget.Scaled(LiteralVariants), input));
            output.WriteLine($"{variants.Count} literal replacements in {input.Name}");
            FailureReport.AssertNone(await CrashCheck.RunAllAsync(input, variants));
        }

        /// <summary>This input's share of a budget, by its size.</summary>
        private static int ShareOf(int budget, SourceInput input) =>
            Math.Max(MinimumPerInput, (int)Math.Round((double)budget * SourceVariants.TokenCount(input.File.Text) / TotalTokens));
    }
}
