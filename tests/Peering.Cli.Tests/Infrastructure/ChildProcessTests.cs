using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading.Tasks;

namespace Peering.Cli.Tests.Infrastructure
{
    /// <summary>The shared child-process helper (tests/Shared/ChildProcess.cs), run on the dotnet that runs these tests.</summary>
    public class ChildProcessTests
    {
        // The dotnet CLI's messages in English whatever the machine's culture, so the tests can name them.
        private static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string> { ["DOTNET_CLI_UI_LANGUAGE"] = "en" };

        [Fact]
        public async Task Keeps_stdout_and_stderr_apart_and_both_in_the_combined_view()
        {
            var result = await ChildProcess.RunAsync(ChildProcess.DotNet, Environment.CurrentDirectory, English, "no-such-command");

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("Could not execute because the specified command or file was not found.", result.Error);
            Assert.DoesNotContain("Could not execute", result.Output);
            Assert.Contains("You misspelled a built-in dotnet command.", result.Output);
            Assert.DoesNotContain("misspelled", result.Error);
            Assert.Contains("Could not execute because the specified command or file was not found." + Environment.NewLine, result.Combined);
            Assert.Contains("  * You misspelled a built-in dotnet command." + Environment.NewLine, result.Combined);
            Assert.Equal(result.Output.Length + result.Error.Length, result.Combined.Length);
        }

        [Fact]
        public async Task Passes_each_argument_as_it_is_without_a_shell()
        {
            var result = await ChildProcess.RunAsync(ChildProcess.DotNet, Environment.CurrentDirectory, English, "no such; command $HOME");

            Assert.Contains("dotnet-no such; command $HOME does not exist", result.Output);
        }

        [Fact]
        public async Task Captures_stdout_exactly_and_exit_code_zero()
        {
            var result = await ChildProcess.RunSuccessfullyAsync(ChildProcess.DotNet, Environment.CurrentDirectory, ChildProcess.NoEnvironmentChanges, "--version");

            Assert.Matches(@"^\d+\.\d+\.\d+\S*\r?\n$", result.Output);
            Assert.Empty(result.Error);
            Assert.Equal(result.Output, result.Combined);
        }

        [Fact]
        public async Task Sets_the_given_environment_variables_for_the_child()
        {
            var german = new Dictionary<string, string> { ["DOTNET_CLI_UI_LANGUAGE"] = "de" };

            var result = await ChildProcess.RunAsync(ChildProcess.DotNet, Environment.CurrentDirectory, german, "no-such-command");

            Assert.Contains("Die Ausführung war nicht möglich", result.Error);
        }

        [Fact]
        public void User_environment_drops_the_test_hosts_msbuild_variables_and_keeps_no_build_nodes()
        {
            var start = new ProcessStartInfo("dotnet");
            start.Environment["MSBuildSDKsPath"] = "/test-host/sdks";
            start.Environment["MSBUILD_EXE_PATH"] = "/test-host/MSBuild.dll";

            ChildProcess.UseUserEnvironment(start);

            Assert.False(start.Environment.ContainsKey("MSBuildSDKsPath"));
            Assert.False(start.Environment.ContainsKey("MSBUILD_EXE_PATH"));
            Assert.Equal("1", start.Environment["MSBUILDDISABLENODEREUSE"]);
            Assert.Equal("0", start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"]);
        }
    }
}
