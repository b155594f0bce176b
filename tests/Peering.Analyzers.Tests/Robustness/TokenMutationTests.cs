using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace Peering.Analyzers.Tests.Robustness
{
    /// <summary>
    /// Slips of the keyboard: <see cref="Variants"/> seeded single-token edits over all inputs (shared out by their
    /// size, at least <see cref="MinimumPerInput"/> each), alternately one token deleted and one typed twice, analysed by
    /// every analyzer with every code fix run on what they report, raise no exception. Consecutive variants take the SDK
    /// shapes, profiles and closed-world settings in turn. The counts are those of a CI run (see <see cref="RobustnessBudget"/>).
    /// </summary>
    public sealed class TokenMutationTests
    {
        private const int Variants = 2000;
        private const int LiteralVariants = 600;
        private const int MinimumPerInput = 4;

        private static readonly int TotalTokens = RobustnessInputs.All.Sum(i => SourceVariants.TokenCount(i.File.Text));

        [Theory]
        [MemberData(nameof(RobustnessInputs.Names), MemberType = typeof(RobustnessInputs))]
        public async Task Two_thousand_seeded_single_token_deletions_and_duplications_raise_no_exception(string inputName)
        {
            var input = RobustnessInputs.Get(inputName);
            var count = ShareOf(RobustnessBudget.Scaled(Variants), input);
            var variants = SourceVariants.Mutations(input.File.Text, input.Name, count);

            Assert.Equal(count, variants.Count);
            FailureReport.AssertNone(await CheckAsync(input, variants));
        }

        /// <summary>Beyond typing slips: each of 600 seeded literals replaced by an edge value (empty, malformed or huge prefix, id, name; null; another type).</summary>
        [Theory]
        [MemberData(nameof(RobustnessInputs.Names), MemberType = typeof(RobustnessInputs))]
        public async Task Six_hundred_seeded_literals_replaced_by_edge_values_raise_no_exception(string inputName)
        {
            var input = RobustnessInputs.Get(inputName);
            FailureReport.AssertNone(await CheckAsync(input, SourceVariants.LiteralReplacements(input.File.Text, input.Name, ShareOf(RobustnessBudget.Scaled(LiteralVariants), input))));
        }

        /// <summary>This input's share of a budget, by its size.</summary>
        private static int ShareOf(int budget, SourceInput input) =>
            Math.Max(MinimumPerInput, (int)Math.Round((double)budget * SourceVariants.TokenCount(input.File.Text) / TotalTokens));

        private static async Task<IReadOnlyList<string>> CheckAsync(SourceInput input, IReadOnlyList<SourceVariant> variants)
        {
            var failures = new List<string>();
            for (var i = 0; i < variants.Count; i++)
            {
                var outcome = await CrashCheck.RunAsync(input.WithText(variants[i].Text), variants[i].Description, AnalysisConfiguration.InTurn(i), runFixes: true);
                failures.AddRange(outcome.Failures);
            }

            return failures;
        }
    }
}
