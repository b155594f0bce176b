using System.IO;
using System.Linq;
using Peering.Cli.Tests.Infrastructure;
using Peering.Rules.Catalogue;
using Peering.Rules.Profiles;

namespace Peering.Cli.Tests.Running
{
    /// <summary>Exit codes and messages of whole runs, with a stand-in analyzer that plants findings of chosen rules.</summary>
    public sealed class ExitCodeTests
    {
        // The runs' current folder: not the searched one, so paths are reported (and read) as given.
        private static readonly string Elsewhere = Path.GetTempPath();

        [Fact]
        public void No_finding_exits_0()
        {
            using var folder = new TempFolder();
            folder.Write("main.json", SampleFiles.Template);

            var result = CliRun.Run(new FakeAnalyzer(), Elsewhere, folder.Path);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(string.Empty, result.Error);
        }

        [Fact]
        public void An_error_exits_1_and_is_reported()
        {
            using var folder = new TempFolder();
            var main = folder.Write("main.json", SampleFiles.Template);

            var result = CliRun.Run(new FakeAnalyzer(RuleCatalogue.PEER102), Elsewhere, folder.Path);

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains(main + "(1,1): error PEER102: Planted PEER102", result.Output);
        }

        [Theory]
        [InlineData(null, 0)]
        [InlineData("error", 0)]
        [InlineData("warning", 1)]
        [InlineData("info", 1)]
        public void A_warning_fails_the_run_only_at_fail_on_warning_or_info(string? failOn, int exitCode)
        {
            using var folder = new TempFolder();
            folder.Write("main.json", SampleFiles.Template);
            var args = failOn == null ? new[] { folder.Path } : new[] { folder.Path, "--fail-on", failOn };

            var result = CliRun.Run(new FakeAnalyzer(RuleCatalogue.PEER301), Elsewhere, args);

            Assert.True(result.ExitCode == exitCode, result.ToString());
            Assert.Contains("warning PEER301", result.Output);
        }

        [Fact]
        public void Configured_severities_apply_before_the_failure_level()
        {
            using var folder = new TempFolder();
            folder.Write("main.json", SampleFiles.Template);
            folder.Write("peering-check.json", """{ "rules": { "PEER102": "none", "PEER301": "error" } }""");

            var result = CliRun.Run(new FakeAnalyzer(RuleCatalogue.PEER102, RuleCatalogue.PEER301), Elsewhere, folder.Path);

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("error PEER301", result.Output);
            Assert.DoesNotContain("PEER102", result.Output);
        }

        [Fact]
        public void The_command_line_wins_over_the_configuration_file()
        {
            using var folder = new TempFolder();
            folder.Write("main.json", SampleFiles.Template);
            folder.Write("peering-check.json", """{ "profile": "2017-10", "failOn": "warning", "closedWorld": false }""");
            var analyzer = new FakeAnalyzer(RuleCatalogue.PEER301);

            var result = CliRun.Run(analyzer, Elsewhere, folder.Path, "--profile", "current", "--fail-on", "error", "--closed-world");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(PlatformProfile.Current, analyzer.Options!.Profile);
            Assert.True(analyzer.Options.ClosedWorld);
        }

        [Fact]
        public void The_configuration_file_decides_what_the_command_line_leaves_open()
        {
            using var folder = new TempFolder();
            folder.Write("main.json", SampleFiles.Template);
            folder.Write("peering-check.json", """{ "profile": "2017-10", "failOn": "warning", "closedWorld": true }""");
            var analyzer = new FakeAnalyzer(RuleCatalogue.PEER301);

            var result = CliRun.Run(analyzer, Elsewhere, folder.Path);

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Equal(PlatformProfile.October2017, analyzer.Options!.Profile);
            Assert.True(analyzer.Options.ClosedWorld);
        }

        [Fact]
        public void A_folder_without_templates_exits_0_and_says_so_on_stderr()
        {
            using var folder = new TempFolder();
            folder.Write("package.json", SampleFiles.OtherJson);

            var result = CliRun.Run(new FakeAnalyzer(RuleCatalogue.PEER102), Elsewhere, folder.Path, "--format", "sarif");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("peering-check: no templates or Terraform files found in " + folder.Path + "." + System.Environment.NewLine, result.Error);
            Assert.Contains("\"version\": \"2.1.0\"", result.Output);
        }

        [Theory]
        [InlineData("--format", "xml")]
        [InlineData("--no-such-option")]
        public void Bad_arguments_exit_2_with_one_line(params string[] args)
        {
            var result = CliRun.Run(new FakeAnalyzer(), Path.GetTempPath(), args);

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Empty(result.Output);
            Assert.StartsWith("peering-check: ", result.Error);
            Assert.Single(result.Error.TrimEnd().Split('\n'));
        }

        [Fact]
        public void A_path_that_does_not_exist_exits_2()
        {
            using var folder = new TempFolder();

            var result = CliRun.Run(new FakeAnalyzer(), Elsewhere, folder.Combine("infra"));

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Equal("peering-check: No such file or folder: " + folder.Combine("infra") + "." + System.Environment.NewLine, result.Error);
        }

        [Fact]
        public void An_unreadable_file_exits_2()
        {
            using var folder = new TempFolder();
            folder.Write("main.json", SampleFiles.Template);
            File.CreateSymbolicLink(folder.Combine("gone.bicep"), folder.Combine("nowhere.bicep"));

            var result = CliRun.Run(new FakeAnalyzer(), Elsewhere, folder.Path);

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.StartsWith("peering-check: Cannot read " + folder.Combine("gone.bicep"), result.Error);
        }

        [Fact]
        public void A_Bicep_CLI_that_does_not_exist_exits_2()
        {
            using var folder = new TempFolder();
            folder.Write("main.bicep", "// Bicep");

            var result = CliRun.Run(new FakeAnalyzer(), Elsewhere, folder.Path, "--bicep", folder.Combine("no-bicep"));

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Equal("peering-check: The Bicep CLI given with --bicep does not exist: " + folder.Combine("no-bicep") + "." + System.Environment.NewLine, result.Error);
        }

        [Fact]
        public void A_Bicep_CLI_that_cannot_be_started_exits_2()
        {
            using var folder = new TempFolder();
            folder.Write("main.bicep", "// Bicep");
            var notAProgram = folder.Write("bicep", "not a program");

            var result = CliRun.Run(new FakeAnalyzer(), Elsewhere, folder.Combine("main.bicep"), "--bicep", notAProgram);

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.StartsWith("peering-check: Cannot start the Bicep CLI at " + notAProgram, result.Error);
            Assert.Single(result.Error.TrimEnd().Split('\n'));
        }

        [Fact]
        [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
        public void A_Bicep_CLI_that_stops_at_once_exits_2_without_waiting()
        {
            using var folder = new TempFolder();
            folder.Write("main.bicep", "// Bicep");
            var failing = folder.Write("bicep-fails.sh", "#!/bin/sh\necho 'unknown command jsonrpc' >&2\nexit 3\n");
            File.SetUnixFileMode(failing, UnixFileMode.UserRead | UnixFileMode.UserExecute);

            var result = CliRun.Run(new FakeAnalyzer(), Elsewhere, folder.Combine("main.bicep"), "--bicep", failing);

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Equal("peering-check: The Bicep CLI stopped while answering bicep/compile: unknown command jsonrpc." + System.Environment.NewLine, result.Error);
        }

        [Fact]
        public void The_report_and_the_picture_go_to_the_files_named()
        {
            using var folder = new TempFolder();
            folder.Write("infra/main.json", SampleFiles.Template);

            var result = CliRun.Run(new FakeAnalyzer(RuleCatalogue.PEER102), Elsewhere, folder.Combine("infra"),
                "--format", "json", "--output", folder.Combine("report.json"), "--graph", "mermaid", "--graph-output", folder.Combine("graph.mmd"));

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Empty(result.Output);
            Assert.Contains("PEER102", File.ReadAllText(folder.Combine("report.json")));
            Assert.StartsWith("flowchart", File.ReadAllText(folder.Combine("graph.mmd")).TrimStart());
        }

        [Fact]
        public void An_output_file_that_cannot_be_written_exits_2()
        {
            using var folder = new TempFolder();
            folder.Write("main.json", SampleFiles.Template);

            var result = CliRun.Run(new FakeAnalyzer(), Elsewhere, folder.Path, "--output", folder.Combine("missing/report.txt"));

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.StartsWith("peering-check: Cannot write " + folder.Combine("missing/report.txt"), result.Error);
        }

        [Fact]
        public void Parameter_files_reach_the_analyzer_with_their_templates()
        {
            using var folder = new TempFolder();
            var main = folder.Write("main.json", SampleFiles.Template);
            var parameters = folder.Write("main.parameters.json", SampleFiles.Parameters);
            var analyzer = new FakeAnalyzer();

            CliRun.Run(analyzer, Elsewhere, folder.Path);

            var document = Assert.Single(analyzer.Documents);
            Assert.Equal(main, document.Path);
            Assert.Equal(parameters, document.ParametersPath);
            Assert.Equal(SampleFiles.Parameters, document.ParametersJsonText);
        }

        [Fact]
        public void Help_and_version_exit_0()
        {
            var help = CliRun.Run(new FakeAnalyzer(), Path.GetTempPath(), "--help");
            var version = CliRun.Run(new FakeAnalyzer(), Path.GetTempPath(), "--version");

            Assert.Equal(0, help.ExitCode);
            Assert.StartsWith("Usage: peering-check [paths...] [options]", help.Output);
            Assert.Equal(0, version.ExitCode);
            Assert.Matches(@"^\d+\.\d+\.\d+", version.Output);
        }
    }
}
