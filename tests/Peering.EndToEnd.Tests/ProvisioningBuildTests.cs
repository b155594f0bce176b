using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Peering.EndToEnd.Tests.Infrastructure;

namespace Peering.EndToEnd.Tests
{
    /// <summary>
    /// A user who declares the network with Azure.Provisioning installs the package and runs dotnet build on the
    /// repository's sample: its planted mistakes are reported at their lines, the errors fail the build, and the info
    /// rule stays an IDE suggestion.
    /// </summary>
    [Collection(EndToEndCollection.Name)]
    public sealed class ProvisioningBuildTests(PackedPackageFixture fixture)
    {
        [Fact]
        public async Task Build_of_the_Azure_Provisioning_sample_reports_its_planted_mistakes_at_their_lines()
        {
            var project = ConsumerProject.FromSample(fixture.NewProjectDirectory("provisioning"), Repository.Sample("ProvisioningNetwork"), Repository.ProvisioningStandInAssemblies, ("Azure.Core", "1.36.0"));
            var network = Path.Combine(project.Directory, "HubAndSpoke.cs");
            var expected = new[]
            {
                PlantedMistakes.ExpectInSample(network, "PEER204", "error"),
                PlantedMistakes.ExpectInSample(network, "PEER305", "warning"),
                PlantedMistakes.ExpectInSample(network, "PEER102", "error"),
                PlantedMistakes.ExpectInSample(network, "PEER201", "error"),
                PlantedMistakes.ExpectInSample(network, "PEER301", "warning"),
                PlantedMistakes.ExpectInSample(network, "PEER403", "error"),
            }.ToHashSet();
            await DotNetCli.RunSuccessfullyAsync(project.Directory, "restore", project.ProjectFile);

            var build = await project.BuildAsync();
            var actual = BuildOutput.PeeringDiagnostics(build.Combined);

            Assert.True(build.ExitCode != 0, "Errors must fail the build." + Environment.NewLine + build);
            Assert.True(expected.SetEquals(actual), BuildOutput.Describe(expected, actual, build));
            Assert.DoesNotContain("PEER406", build.Combined, StringComparison.Ordinal);
            Assert.DoesNotContain("AD0001", build.Combined, StringComparison.Ordinal);
        }
    }
}
