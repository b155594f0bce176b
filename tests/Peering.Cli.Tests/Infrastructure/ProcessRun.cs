using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Peering.Cli.Tests.Infrastructure
{
    /// <summary>What a child process printed, kept apart per stream: the tool promises reports on stdout, errors on stderr.</summary>
    public sealed record ProcessResult(string CommandLine, int ExitCode, string Output, string Error)
    {
        public override string ToString() =>
            $"> {CommandLine}{Environment.NewLine}exit code {ExitCode}{Environment.NewLine}stdout:{Environment.NewLine}{Output}stderr:{Environment.NewLine}{Error}";
    }

    /// <summary>Runs a program as a user's shell or CI job would, arguments as a list and no shell.</summary>
    public static class ProcessRun
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

        // Set by the test host's MSBuild; a user's shell has none of them.
        private static readonly string[] InheritedMsBuildVariables = { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" };

        /// <summary>The dotnet that runs this test host when the CLI says so, else the one on PATH.</summary>
        public static string DotNet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

        public static async Task<ProcessResult> RunAsync(string program, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
        {
            var start = new ProcessStartInfo(program)
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

            foreach (var name in InheritedMsBuildVariables)
            {
                start.Environment.Remove(name);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Timed out after {Timeout.TotalMinutes} minutes: {program} {string.Join(" ", arguments)}");
            }

            return new ProcessResult(program + " " + string.Join(" ", arguments), process.ExitCode, await output, await error);
        }
    }
}
