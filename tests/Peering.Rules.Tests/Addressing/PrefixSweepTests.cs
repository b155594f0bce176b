using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Addressing;

namespace Peering.Rules.Tests.Addressing
{
    public class PrefixSweepTests
    {
        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        public void Finds_exactly_the_pairs_that_comparing_every_prefix_with_every_other_finds(int seed)
        {
            // Prefixes drawn from a small space so that nesting, equality and disjointness all occur, in both families.
            var random = new Random(seed);
            var prefixes = Enumerable.Range(0, 300)
                .Select(i => (Prefix: RandomPrefix(random), Owner: random.Next(60)))
                .ToList();

            var expected = new HashSet<(int, int)>();
            foreach (var a in prefixes)
            {
                foreach (var b in prefixes)
                {
                    if (a.Owner < b.Owner && a.Prefix.Overlaps(b.Prefix))
                    {
                        expected.Add((a.Owner, b.Owner));
                    }
                }
            }

            Assert.NotEmpty(expected);
            Assert.Equal(expected.OrderBy(p => p), PrefixSweep.OverlappingOwners(prefixes).OrderBy(p => p));
        }

        [Fact]
        public void Ignores_overlaps_within_one_owner_and_across_families()
        {
            var prefixes = new[]
            {
                (Parse("10.0.0.0/8"), 0),
                (Parse("10.1.0.0/16"), 0),
                (Parse("::/0"), 1),
                (Parse("11.0.0.0/8"), 2),
            };

            Assert.Empty(PrefixSweep.OverlappingOwners(prefixes));
        }

        private static IpPrefix RandomPrefix(Random random) => random.Next(4) == 0
            ? Parse($"fd00:{random.Next(4):x}::/{random.Next(16, 33)}")
            : Parse($"10.{random.Next(4)}.{random.Next(4) * 64}.0/{random.Next(14, 27)}");

        /// <summary>The prefix, normalised when the random text has host bits set.</summary>
        private static IpPrefix Parse(string text) => IpPrefix.Parse(text).Prefix ?? throw new ArgumentException(text);
    }
}
