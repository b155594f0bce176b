using System;
using System.IO;
using System.Linq;
using Peering.Cli.Running;
using Peering.Cli.Tests.Infrastructure;

namespace Peering.Cli.Tests.Security
{
    /// <summary>A run writes the files the user names and nothing else: not in the working folder, not beside the inputs.</summary>
    public sealed class OutputFileTests
    {
        [Theory]
        [InlineData("text")]
        [InlineData("json")]
        [InlineData("sarif")]
        [InlineData("github")]
        public void Only_the_named_report_and_picture_are_written(string format)
        {
            using var work = new TempFolder();
            using var inputs = new TempFolder();
            inputs.Write("templates/main.json", SecurityFixtures.PlantedMistake);
            inputs.Write("templates/main.parameters.json", SampleFiles.Parameters);
            inputs.Write("templates/broken.json", SampleFiles.BrokenTemplate);
            inputs.Write("peering-check.json", "{ \"failOn\": \"warning\" }");
            var workBefore = Listing(work.Path);
            var inputsBefore = Listing(inputs.Path);

            var report = work.Combine("out/report.txt");
            Directory.CreateDirectory(work.Combine("out"));
            var result = CliRun.Run(new ArmTemplateSetAnalyzer(), work.Path, inputs.Path, "--format", format, "--output", report, "--graph", "mermaid", "--graph-output", work.Combine("out/graph.md"));

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Equal(inputsBefore, Listing(inputs.Path));
            Assert.Equal(workBefore.Concat(new[] { "out", "out/graph.md", "out/report.txt" }).OrderBy(p => p, StringComparer.Ordinal), Listing(work.Path));
        }

        /// <summary>Every file and folder under <paramref name="root"/>, as relative paths.</summary>
        private static string[] Listing(string root) =>
            Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
                .Select(entry => Path.GetRelativePath(root, entry).Replace('\\', '/'))
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToArray();
    }
}
