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
    /// The README's main command runs peering-check over samples: samples/templates (ARM JSON and Bicep) and
    /// samples/terraform. Every planted mistake is marked in its file with "// expect: PEERnnn" (in Terraform also
    /// "# expect: PEERnnn") on the line the finding must point at; the run must report exactly those.
    /// </summary>
    public sealed class SampleTemplatesTests
    {
        private static readonly Regex Marker = new Regex(@"(//|#)\s*expect:\s*(?<ids>(PEER\d{3}\s*)+)", RegexOptions.CultureInvariant);

        [Theory]
        [InlineData("templates", "json")]
        [InlineData("templates", "sarif")]
        [InlineData("templates", "github")]
        [InlineData("templates", "text")]
        [InlineData("terraform", "json")]
        [InlineData("terraform", "sarif")]
        [InlineData("terraform", "github")]
        [InlineData("terraform", "text")]
        [InlineData("", "json")]
        public void Every_planted_mistake_is_reported_at_its_line_and_nothing_else(string estate, string format)
        {
            // "" is the README's main command: both estates in one run, which must not disturb each other.
            var samples = Path.Combine(TestRepository.Root, "samples", estate);
            var estates = estate.Length > 0 ? new[] { samples } : new[] { Path.Combine(samples, "templates"), Path.Combine(samples, "terraform") };
            var expected = estates.SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
                .SelectMany(file => File.ReadLines(file).Select((text, index) => (file, line: index + 1, text)))
                .SelectMany(l => Marker.Matches(l.text).SelectMany(m => m.Groups["ids"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    .Select(id => $"{Path.GetFileName(l.file)}:{l.line}:{id}"))
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToArray();

            // Run from elsewhere, naming the folder: the in-process run reads files by the paths it reports.
            var result = CliRun.Run(new ArmTemplateSetAnalyzer(), Path.GetTempPath(), samples, "--format", format);

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.NotEmpty(expected);
            Assert.Equal(expected, Reported(format, result.Output).OrderBy(s => s, StringComparer.Ordinal).ToArray());
        }

        /// <summary>"file:line:rule" for every finding of a report, read the way each format's consumer reads it.</summary>
        private static string[] Reported(string format, string output)
        {
            switch (format)
            {
                case "json":
                    using (var report = JsonDocument.Parse(output))
                    {
                        return report.RootElement.GetProperty("findings").EnumerateArray()
                            .Select(f => $"{Path.GetFileName(f.GetProperty("file").GetString())}:{f.GetProperty("line").GetInt32()}:{f.GetProperty("ruleId").GetString()}")
                            .ToArray();
                    }

                case "sarif":
                    using (var log = JsonDocument.Parse(output))
                    {
                        return log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                            .Select(r =>
                            {
                                var physical = r.GetProperty("locations")[0].GetProperty("physicalLocation");
                                var uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
                                return $"{Path.GetFileName(Uri.UnescapeDataString(uri))}:{physical.GetProperty("region").GetProperty("startLine").GetInt32()}:{r.GetProperty("ruleId").GetString()}";
                            })
                            .ToArray();
                    }

                case "github":
                    return Regex.Matches(output, @"^::(error|warning|notice) file=(?<file>[^,]+),line=(?<line>\d+),[^\n]*?title=(?<rule>PEER\d{3})", RegexOptions.Multiline)
                        .Select(m => $"{Path.GetFileName(m.Groups["file"].Value)}:{m.Groups["line"].Value}:{m.Groups["rule"].Value}")
                        .ToArray();

                default:
                    return Regex.Matches(output, @"^(?<file>\S+)\((?<line>\d+),\d+\): (error|warning|info) (?<rule>PEER\d{3}):", RegexOptions.Multiline)
                        .Select(m => $"{Path.GetFileName(m.Groups["file"].Value)}:{m.Groups["line"].Value}:{m.Groups["rule"].Value}")
                        .ToArray();
            }
        }
    }
}
