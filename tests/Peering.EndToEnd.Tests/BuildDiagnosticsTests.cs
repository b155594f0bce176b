using System;
using System.Linq;
using Peering.EndToEnd.Tests.Infrastructure;

namespace Peering.EndToEnd.Tests
{
    /// <summary>A user installs the package and runs dotnet build: the planted mistakes fail the build at their lines.</summary>
    [Collection(EndToEndCollection.Name)]
    public sealed class BuildDiagnosticsTests(PackedPackageFixture fixture)
    {
        [Fact]
        public void Build_fails_with_exactly_the_planted_errors_at_their_lines()
        {
            var program = fixture.Planted.ProgramFile;
            var expected = new[]
            {
                PlantedMistakes.Expect(program, "PEER102", "error"),
                PlantedMistakes.Expect(program, "PEER403", "error"),
                PlantedMistakes.Expect(program, "PEER204", "error"),
            }.ToHashSet();

            var build = fixture.PlantedBuild;
            var actual = BuildOutput.PeeringDiagnostics(build.Combined);

            Assert.True(build.ExitCode != 0, "Errors must fail the build." + Environment.NewLine + build);
            Assert.True(expected.SetEquals(actual), BuildOutput.Describe(expected, actual, build));
        }

        /// <summary>The compiler appends each diagnostic's help link to its command-line message: it must lead to the rule's page.</summary>
        [Fact]
        public void Command_line_messages_carry_the_rule_page_link()
        {
            var messages = BuildOutput.Messages(fixture.PlantedBuild.Combined);
            Assert.NotEmpty(messages);
            Assert.All(messages, m => Assert.EndsWith("/docs/rules/" + m.Id + ".md)", m.Message, StringComparison.Ordinal));
        }

        /// <summary>PEER304 is info: an IDE suggestion, documented as silent in command-line builds.</summary>
        [Fact]
        public void Info_rule_is_not_shown_by_a_command_line_build()
        {
            var build = fixture.PlantedBuild;
            Assert.DoesNotContain(BuildOutput.PeeringDiagnostics(build.Combined), d => d.Id == "PEER304");
            Assert.DoesNotContain("PEER304", build.Combined, StringComparison.Ordinal);
        }

        /// <summary>An analyzer exception (AD0001) is a product bug even when the expected diagnostics appear.</summary>
        [Fact]
        public void Analyzers_do_not_crash()
        {
            Assert.DoesNotContain("AD0001", fixture.PlantedBuild.Combined, StringComparison.Ordinal);
        }
    }
}
