using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Peering.Cli.Running;
using Peering.Cli.Tests.Infrastructure;

namespace Peering.Cli.Tests.Samples
{
    /// <summary>
    /// The README's main command runs peering-check over samples/templates. Every planted mistake is marked in its file
    /// with "// expect: PEERnnn" on the line the finding must point at; the run must report exactly those.
    /// </summary>
    public sealed class SampleTemplatesTests
    {
        private static readonly Regex Marker = new Regex(@"//\s*expect:\s*(?<ids>(PEER\d{3}\s*)+)", RegexOptions.CultureInvariant);

        [Fact]
        public void Every_planted_mistake_is_reported_at_its_line_and_nothing_else()
        {
            var samples = Path.Combine(RepositoryRoot(), "samples", "templates");
            var expected = Directory.EnumerateFiles(samples)
                .SelectMany(file => File.ReadLines(file).Select((text, index) => (file, line: index + 1, text)))
                .SelectMany(l => Marker.Matches(l.text).SelectMany(m => m.Groups["ids"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    .Select(id => $"{Path.GetFileName(l.file)}:{l.line}:{id}"))
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToArray();

            // Run from elsewhere, naming the folder: the in-process run reads files by the paths it reports.
            var result = CliRun.Run(new ArmTemplateSetAnalyzer(), Path.GetTempPath(), samples, "--format", "json");

            Assert.True(result.ExitCode == 1, result.ToString());
            using var report = JsonDocument.Parse(result.Output);
            var actual = report.RootElement.GetProperty("findings").EnumerateArray()
                .Select(f => $"{Path.GetFileName(f.GetProperty("file").GetString())}:{f.GetProperty("line").GetInt32()}:{f.GetProperty("ruleId").GetString()}")
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToArray();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, actual);
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
