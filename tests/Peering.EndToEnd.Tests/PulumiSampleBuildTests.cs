using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Peering.EndToEnd.Tests.Infrastructure;

namespace Peering.EndToEnd.Tests
{
    /// <summary>
    /// A Pulumi user installs the package and runs dotnet build on the repository's Pulumi sample (Pulumi.AzureNative,
    /// against the stand-ins): its planted mistakes are reported at their lines, with their severities.
    /// </summary>
    [Collection(EndToEndCollection.Name)]
    public sealed class PulumiSampleBuildTests(PackedPackageFixture fixture)
    {
        /// <summary>The severity of each rule the sample plants, under the default profile; info rules stay out of command-line builds.</summary>
        private static readonly Dictionary<string, string> Severities = new()
        {
            ["PEER102"] = "error",
            ["PEER105"] = "error",
            ["PEER202"] = "error",
            ["PEER301"] = "warning",
            ["PEER305"] = "warning",
            ["PEER403"] = "error",
        };

        [Fact]
        public async Task Build_of_the_Pulumi_sample_reports_exactly_its_planted_mistakes()
        {
            await DotNetCli.RunSuccessfullyAsync(Repository.Root, "build", Repository.AzureNativeStandInProject, "-c", "Release");
            var project = ConsumerProject.FromSample(fixture.NewProjectDirectory("pulumi-sample"), Repository.Sample("PulumiHubAndSpoke"), Repository.AzureNativeStandInAssemblies, package: null);

            var build = await project.BuildAsync();

            var expected = Planted(Repository.Sample("PulumiHubAndSpoke")).ToHashSet();
            var actual = BuildOutput.PeeringDiagnostics(build.Combined);
            Assert.NotEmpty(expected);
            Assert.True(build.ExitCode != 0, "The planted errors must fail the build." + Environment.NewLine + build);
            Assert.True(expected.SetEquals(actual), BuildOutput.Describe(expected, actual, build));
            Assert.DoesNotContain("AD0001", build.Combined, StringComparison.Ordinal);
        }

        /// <summary>Each <c>// expect: PEERnnn</c> mark of the sample's files, as the build should print it.</summary>
        private static IEnumerable<BuildDiagnostic> Planted(string sampleFolder) =>
            from path in Directory.GetFiles(sampleFolder, "*.cs")
            from line in File.ReadAllLines(path).Select((text, index) => (text, number: index + 1))
            let mark = Regex.Match(line.text, @"// expect:((?: PEER\d{3})+)")
            where mark.Success
            from id in mark.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            select new BuildDiagnostic(id, Path.GetFileName(path), line.number, Severities[id]);
    }
}
