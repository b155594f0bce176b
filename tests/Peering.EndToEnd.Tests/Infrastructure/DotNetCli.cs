using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Peering.EndToEnd.Tests.Infrastructure
{
    /// <summary>The outcome of one dotnet CLI run: what a user would see in their terminal.</summary>
    public sealed record ProcessResult(string CommandLine, int ExitCode, string Output)
    {
        /// <summary>For assertion messages: the command and everything it printed.</summary>
        public override string ToString() => $"> {CommandLine}{Environment.NewLine}exit code {ExitCode}{Environment.NewLine}{Output}";
    }

    /// <summary>Runs the dotnet CLI as a child process, the way a user's shell or a CI job would.</summary>
    public static class DotNetCli
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

        // Set by the test host's MSBuild; a user's shell has none of them, and they would tie the child
        // build to the SDK resolution of the `dotnet test` that started us.
        private static readonly string[] InheritedMsBuildVariables = { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" };

        public static async Task<ProcessResult> RunAsync(string workingDirectory, params string[] arguments)
        {
            var start = new ProcessStartInfo(DotNetExecutable())
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            UseUserEnvironment(start);

            var commandLine = "dotnet " + string.Join(" ", arguments);
            var output = new StringBuilder();
            using var process = new Process { StartInfo = start };
            DataReceivedEventHandler append = (_, e) =>
            {
                if (e.Data != null)
                {
                    lock (output)
                    {
                        output.AppendLine(e.Data);
                    }
                }
            };
            process.OutputDataReceived += append;
            process.ErrorDataReceived += append;
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            using var timeout = new CancellationTokenSource(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Timed out after {Timeout.TotalMinutes} minutes.{Environment.NewLine}> {commandLine}{Environment.NewLine}{Snapshot(output)}");
            }

            // The parameterless wait drains the redirected streams after the process has exited.
            process.WaitForExit();
            return new ProcessResult(commandLine, process.ExitCode, Snapshot(output));
        }

        /// <summary>
        /// The environment of a user's shell for a child that runs MSBuild (the dotnet CLI, or a language server
        /// that loads projects): without the test host's MSBuild variables, and without build nodes that outlive it.
        /// </summary>
        public static void UseUserEnvironment(ProcessStartInfo start)
        {
            foreach (var name in InheritedMsBuildVariables)
            {
                start.Environment.Remove(name);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            // No build server or node survives the run: leftover nodes would hold analyzer DLLs of one
            // test's package cache open and slow the machine for the next test.
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        }

        /// <summary>Runs and fails the test, with the whole output, when the command does not succeed.</summary>
        public static async Task<ProcessResult> RunSuccessfullyAsync(string workingDirectory, params string[] arguments)
        {
            var result = await RunAsync(workingDirectory, arguments);
            Assert.True(result.ExitCode == 0, "Command failed." + Environment.NewLine + result);
            return result;
        }

        /// <summary>The dotnet that runs this test host when the CLI says so, else the one on PATH.</summary>
        public static string DotNetExecutable() =>
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

        private static string Snapshot(StringBuilder output)
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }
}
