using System.IO;
using System.Linq;
using Peering.Cli.Running;
using Peering.Cli.Tests.Infrastructure;

namespace Peering.Cli.Tests.Running
{
    public sealed class BicepBatchRunTests
    {
        private static readonly string Elsewhere = Path.GetTempPath();

        // The wrapper is a shell script: a Unix test.
        [Fact]
        [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
        public void All_Bicep_files_of_a_run_are_compiled_by_one_Bicep_process()
        {
            using var folder = new TempFolder();
            foreach (var name in new[] { "a", "b", "c" })
            {
                folder.Write($"infra/{name}.bicep", $"resource {name} 'Microsoft.Network/virtualNetworks@2023-09-01' = {{\n  name: '{name}'\n  location: 'westeurope'\n}}\n");
            }

            folder.Write("infra/params/a.bicepparam", "using '../a.bicep'\n");
            var starts = folder.Combine("starts.log");

            // A --bicep that notes each start and hands over to the real CLI: the run must start it once.
            var wrapper = folder.Write("bicep-wrapper.sh", $"#!/bin/sh\necho started >> '{starts}'\nexec '{BicepTool.Executable}' \"$@\"\n");
            File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

            var result = CliRun.Run(new ArmTemplateSetAnalyzer(), Elsewhere, folder.Combine("infra"), "--bicep", wrapper);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("in 4 files", result.Output);
            Assert.Single(File.ReadAllLines(starts));
        }

        [Fact]
        public void A_run_without_Bicep_files_never_starts_Bicep()
        {
            using var folder = new TempFolder();
            folder.Write("main.json", SampleFiles.Template);

            var result = CliRun.Run(new FakeAnalyzer(), Elsewhere, folder.Path, "--bicep", folder.Combine("no-such-bicep"));

            Assert.True(result.ExitCode == 0, result.ToString());
        }

        [Theory]
        [InlineData(true, 20, true)]
        [InlineData(true, 19, false)]
        [InlineData(false, 20, false)]
        public void Progress_is_shown_only_on_a_terminal_for_many_files(bool errorIsTerminal, int files, bool shown)
        {
            using var folder = new TempFolder();
            foreach (var index in Enumerable.Range(0, files))
            {
                folder.Write($"t{index}.json", SampleFiles.Template);
            }

            var output = new StringWriter();
            var error = new StringWriter();
            var runner = new CheckRunner(new FakeAnalyzer(), _ => BicepTool.Compiler());
            var exitCode = runner.Run(new[] { folder.Path }, output, error, new ConsoleFacts(Elsewhere, false, errorIsTerminal, null));

            Assert.Equal(0, exitCode);
            Assert.Equal(shown ? $"peering-check: checking {files} files...{System.Environment.NewLine}" : string.Empty, error.ToString());
        }
    }
}
