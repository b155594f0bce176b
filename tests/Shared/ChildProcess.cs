using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Peering.Tests.Shared
{
    /// <summary>
    /// What a child process printed: each stream exactly as written (a tool promises reports on stdout, errors on
    /// stderr), and both together line by line in the order they arrived, as a user's terminal shows them.
    /// </summary>
    public sealed record ProcessResult(string CommandLine, int ExitCode, string Output, string Error, string Combined)
    {
        /// <summary>For assertion messages: the command and everything it printed.</summary>
        public override string ToString() =>
            $"> {CommandLine}{Environment.NewLine}exit code {ExitCode}{Environment.NewLine}stdout:{Environment.NewLine}{Output}stderr:{Environment.NewLine}{Error}";
    }

    /// <summary>
    /// Runs a program as a user's shell or a CI job would: arguments as a list and no shell. One source file, linked
    /// into every test project that starts real programs (the dotnet CLI, an installed tool, a language server).
    /// </summary>
    public static class ChildProcess
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

        // Set by the test host's MSBuild; a user's shell has none of them, and they would tie a child build to the
        // SDK resolution of the `dotnet test` that started us.
        private static readonly string[] InheritedMsBuildVariables = { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" };

        /// <summary>For a run in the user environment of <see cref="UseUserEnvironment"/> alone.</summary>
        public static IReadOnlyDictionary<string, string> NoEnvironmentChanges { get; } = new Dictionary<string, string>();

        /// <summary>The dotnet that runs this test host when the CLI says so, else the one on PATH.</summary>
        public static string DotNet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

        /// <summary>
        /// Runs the program to its end in the user environment with <paramref name="environment"/> set on top (an empty
        /// value sets the variable empty), and throws <see cref="TimeoutException"/> after five minutes, when the
        /// program and everything it started are killed.
        /// </summary>
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

            UseUserEnvironment(start);
            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }

            var commandLine = program + " " + string.Join(" ", arguments);
            using var process = Process.Start(start)!;
            var combined = new StringBuilder();
            var output = new StreamCapture(process.StandardOutput, combined);
            var error = new StreamCapture(process.StandardError, combined);
            using var timeout = new CancellationTokenSource(Timeout);
            try
            {
                // The streams end after the process does; waiting for them too keeps its last lines.
                await Task.WhenAll(process.WaitForExitAsync(), output.Completion, error.Completion).WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Timed out after {Timeout.TotalMinutes} minutes.{Environment.NewLine}> {commandLine}{Environment.NewLine}{Snapshot(combined)}");
            }

            return new ProcessResult(commandLine, process.ExitCode, output.Text, error.Text, Snapshot(combined));
        }

        /// <summary>Runs as <see cref="RunAsync"/> does and fails the test, with everything printed, when the program does not exit with 0.</summary>
        public static async Task<ProcessResult> RunSuccessfullyAsync(string program, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
        {
            var result = await RunAsync(program, workingDirectory, environment, arguments);
            Xunit.Assert.True(result.ExitCode == 0, "Command failed." + Environment.NewLine + result);
            return result;
        }

        /// <summary>
        /// The environment of a user's shell for a child that runs MSBuild (the dotnet CLI, a tool that restores, or a
        /// language server that loads projects): without the test host's MSBuild variables, and without build nodes
        /// that outlive it.
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

        private static string Snapshot(StringBuilder combined)
        {
            lock (combined)
            {
                return combined.ToString();
            }
        }

        /// <summary>
        /// Reads one redirected stream to its end while the process runs (a child blocks once a pipe it writes is
        /// full), keeping the text exactly and adding each whole line to the combined view as it arrives.
        /// </summary>
        private sealed class StreamCapture
        {
            private readonly StringBuilder text = new StringBuilder();
            private readonly StringBuilder combined;
            private int pendingLineStart;

            public StreamCapture(StreamReader reader, StringBuilder combined)
            {
                this.combined = combined;
                Completion = ReadToEndAsync(reader);
            }

            public Task Completion { get; }

            /// <summary>Everything the stream carried; read it only once <see cref="Completion"/> has finished.</summary>
            public string Text => text.ToString();

            private async Task ReadToEndAsync(StreamReader reader)
            {
                var buffer = new char[4096];
                int read;
                while ((read = await reader.ReadAsync(buffer.AsMemory())) > 0)
                {
                    text.Append(buffer, 0, read);
                    var lastNewline = buffer.AsSpan(0, read).LastIndexOf('\n');
                    if (lastNewline >= 0)
                    {
                        AddToCombined(text.Length - read + lastNewline + 1, lineEnding: string.Empty);
                    }
                }

                // A last line without a newline still ends here, so another stream's next line does not join it.
                if (pendingLineStart < text.Length)
                {
                    AddToCombined(text.Length, Environment.NewLine);
                }
            }

            private void AddToCombined(int end, string lineEnding)
            {
                lock (combined)
                {
                    combined.Append(text, pendingLineStart, end - pendingLineStart).Append(lineEnding);
                }

                pendingLineStart = end;
            }
        }
    }
}
