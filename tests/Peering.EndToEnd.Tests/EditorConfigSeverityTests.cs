using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Peering.EndToEnd.Tests.Infrastructure;

namespace Peering.EndToEnd.Tests
{
    /// <summary>dotnet_diagnostic.&lt;ID&gt;.severity in .editorconfig is honoured by command-line builds.</summary>
    [Collection(EndToEndCollection.Name)]
    public sealed class EditorConfigSeverityTests(PackedPackageFixture fixture)
    {
        [Fact]
        public async Task EditorConfig_downgrades_one_rule_and_turns_another_off()
        {
            var project = fixture.Planted.CopyTo(fixture.NewProjectDirectory("editorconfig-overrides"));
            project.WriteEditorConfig(
                "dotnet_diagnostic.PEER102.severity = warning",
                "dotnet_diagnostic.PEER403.severity = none");

            var build = await project.BuildAsync();

            var expected = new[]
            {
                PlantedMistakes.Expect(project.ProgramFile, "PEER102", "warning"),
                PlantedMistakes.Expect(project.ProgramFile, "PEER204", "error"),
            }.ToHashSet();
            var actual = BuildOutput.PeeringDiagnostics(build.Combined);
            Assert.True(expected.SetEquals(actual), BuildOutput.Describe(expected, actual, build));
            Assert.True(build.ExitCode != 0, "PEER204 is still an error." + Environment.NewLine + build);
        }

        /// <summary>
        /// A project whose only mistake is PEER102: the configured severity alone decides whether the build fails.
        /// PEER102 is an error by default, so severity = error is shown against the two severities that let the build pass.
        /// </summary>
        [Theory]
        [InlineData("error", "error", false)]
        [InlineData("warning", "warning", true)]
        [InlineData("suggestion", null, true)]
        public async Task Configured_severity_decides_whether_the_build_fails(string configured, string? shownAs, bool succeeds)
        {
            var project = ConsumerProject.Create(fixture.NewProjectDirectory("severity-" + configured), "GatewayFlagsOnly.cs", Repository.SdkStandInAssembly);
            project.WriteEditorConfig("dotnet_diagnostic.PEER102.severity = " + configured);

            var build = await project.BuildAsync();

            var expected = shownAs == null
                ? new HashSet<BuildDiagnostic>()
                : new[] { PlantedMistakes.Expect(project.ProgramFile, "PEER102", shownAs) }.ToHashSet();
            var actual = BuildOutput.PeeringDiagnostics(build.Combined);
            Assert.True(expected.SetEquals(actual), BuildOutput.Describe(expected, actual, build));
            Assert.True((build.ExitCode == 0) == succeeds, $"Expected the build to {(succeeds ? "succeed" : "fail")}." + Environment.NewLine + build);
        }
    }
}
