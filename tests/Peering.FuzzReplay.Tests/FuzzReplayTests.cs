using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Peering.Fuzz;

namespace Peering.FuzzReplay.Tests
{
    public class FuzzReplayTests
    {
        public static IEnumerable<object[]> CidrInputs() => Inputs("cidr");

        [Theory]
        [MemberData(nameof(CidrInputs))]
        public void Cidr_input_is_handled(string file) => FuzzTargets.Cidr(File.ReadAllBytes(file));

        [Fact]
        public void Every_target_has_a_seed_corpus()
        {
            Assert.NotEmpty(Inputs("cidr"));
        }

        /// <summary>The seeds and the saved crashes of one target, as paths (xunit shows them in the test name).</summary>
        private static IEnumerable<object[]> Inputs(string target)
        {
            var fuzz = Path.Combine(RepositoryRoot(), "fuzz");
            return new[] { "corpus", "regressions" }
                .Select(kind => Path.Combine(fuzz, kind, target))
                .Where(Directory.Exists)
                .SelectMany(Directory.EnumerateFiles)
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => new object[] { p });
        }

        private static string RepositoryRoot()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory != null && !File.Exists(Path.Combine(directory.FullName, "Peering.Analyzers.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
        }
    }
}
