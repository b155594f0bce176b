using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Peering.EndToEnd.Tests.Infrastructure;

namespace Peering.EndToEnd.Tests
{
    /// <summary>The PEER102 code fix, applied the way CI or a user applies fixes outside the IDE.</summary>
    [Collection(EndToEndCollection.Name)]
    public sealed class DotnetFormatTests(PackedPackageFixture fixture)
    {
        private static readonly Regex PeeringInitializer = new Regex(@"new\s+VirtualNetworkPeeringData\s*\{[^}]*\}", RegexOptions.CultureInvariant);

        [Fact]
        public async Task Dotnet_format_applies_the_PEER102_fix_and_the_rebuild_has_no_PEER102()
        {
            var project = fixture.Planted.CopyTo(fixture.NewProjectDirectory("dotnet-format"));
            var remaining = new[]
            {
                PlantedMistakes.Expect(project.ProgramFile, "PEER403", "error"),
                PlantedMistakes.Expect(project.ProgramFile, "PEER204", "error"),
            }.ToHashSet();

            var format = await DotNetCli.RunSuccessfullyAsync(project.Directory, "format", "analyzers", project.ProjectFile, "--diagnostics", "PEER102", "--severity", "info");

            var source = File.ReadAllText(project.ProgramFile);
            var stillConflicting = PeeringInitializer.Matches(source).Select(m => m.Value)
                .Where(initializer => Regex.IsMatch(initializer, @"\bAllowGatewayTransit\s*=\s*true\b") && Regex.IsMatch(initializer, @"\bUseRemoteGateways\s*=\s*true\b"))
                .ToList();
            Assert.True(stillConflicting.Count == 0,
                "dotnet format left both flags true in: " + string.Join(" | ", stillConflicting) + Environment.NewLine + format);

            var build = await project.BuildAsync();
            var actual = BuildOutput.PeeringDiagnostics(build.Combined);
            // The fix removes PEER102 and touches nothing else: the other planted errors stay where they were.
            Assert.True(remaining.SetEquals(actual), BuildOutput.Describe(remaining, actual, build) + Environment.NewLine + "Program.cs after dotnet format:" + Environment.NewLine + source);
        }
    }
}
