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

        public static IEnumerable<object[]> ArmInputs() => Inputs("arm");

        public static IEnumerable<object[]> TerraformInputs() => Inputs("terraform");

        [Theory]
        [MemberData(nameof(CidrInputs))]
        public void Cidr_input_is_handled(string file) => FuzzTargets.Cidr(File.ReadAllBytes(file));

        [Theory]
        [MemberData(nameof(ArmInputs))]
        public void Arm_input_is_handled(string file) => FuzzTargets.Arm(File.ReadAllBytes(file));

        [Theory]
        [MemberData(nameof(TerraformInputs))]
        public void Terraform_input_is_handled(string file) => FuzzTargets.Terraform(File.ReadAllBytes(file));

        [Theory]
        [InlineData("cidr")]
        [InlineData("arm")]
        [InlineData("terraform")]
        public void Every_target_has_a_seed_corpus(string target)
        {
            Assert.Contains(Inputs(target), input => IsSeed((string)input[0]));
        }

        [Fact]
        public void The_arm_target_reads_the_seed_templates_it_is_given()
        {
            // A seed that no longer parsed (or was no template) would leave the fuzzer mutating noise.
            foreach (var input in Inputs("arm").Select(i => (string)i[0]).Where(IsSeed))
            {
                var text = Peering.Templates.Input.TemplateText.Decode(File.ReadAllBytes(input), out var problem);
                Assert.True(text != null, input + ": " + problem);
                Assert.True(Peering.Templates.ArmTemplateFile.IsDeploymentTemplate(text) || text.Contains("deploymentParameters.json", StringComparison.Ordinal), input);
            }
        }

        private static bool IsSeed(string path) => path.Contains(Path.DirectorySeparatorChar + "corpus" + Path.DirectorySeparatorChar, StringComparison.Ordinal);

        /// <summary>The seeds and the saved crashes of one target, as paths (xunit shows them in the test name).</summary>
        private static IEnumerable<object[]> Inputs(string target)
        {
            var fuzz = Path.Combine(TestRepository.Root, "fuzz");
            return new[] { "corpus", "regressions" }
                .Select(kind => Path.Combine(fuzz, kind, target))
                .Where(Directory.Exists)
                .SelectMany(Directory.EnumerateFiles)
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => new object[] { p });
        }
    }
}
