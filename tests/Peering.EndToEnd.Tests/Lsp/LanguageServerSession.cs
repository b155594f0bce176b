using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Peering.EndToEnd.Tests.Infrastructure;

namespace Peering.EndToEnd.Tests.Lsp
{
    /// <summary>
    /// csharp-ls started over stdio in a user's project folder, driven the way an editor drives it: it opens
    /// documents, sends edits and pulls diagnostics. The client turns analyzers on when the server asks for its
    /// <c>csharp</c> settings, as a user does in their editor's csharp-ls settings.
    /// </summary>
    public sealed class LanguageServerSession : IAsyncDisposable
    {
        /// <summary>The whole session: the server loads the project (a design-time build) before it answers the first pull.</summary>
        private static readonly TimeSpan SessionTimeout = TimeSpan.FromMinutes(3);
        private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(20);
        private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

        private readonly Process process;
        private readonly JsonRpcConnection connection;
        private readonly StringBuilder serverLog = new StringBuilder();
        private readonly CancellationTokenSource deadline = new CancellationTokenSource(SessionTimeout);
        private readonly Dictionary<string, int> documentVersions = new Dictionary<string, int>();
        private readonly ConcurrentQueue<string> configurationSectionsAsked = new ConcurrentQueue<string>();
        private readonly string rootUri;
        private readonly string rootName;

        private LanguageServerSession(string executable, string projectDirectory)
        {
            rootUri = FileUri(projectDirectory);
            rootName = Path.GetFileName(projectDirectory);
            var start = new ProcessStartInfo(executable)
            {
                WorkingDirectory = projectDirectory,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            ChildProcess.UseUserEnvironment(start);
            // The tool's launcher looks for the runtime here first: the one running these tests, which has the SDK the server loads projects with.
            start.Environment["DOTNET_ROOT"] = DotNetRoot();

            process = new Process { StartInfo = start };
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data != null)
                {
                    lock (serverLog)
                    {
                        serverLog.AppendLine(e.Data);
                    }
                }
            };
            process.Start();
            process.BeginErrorReadLine();
            connection = new JsonRpcConnection(process.StandardOutput.BaseStream, process.StandardInput.BaseStream, AnswerServerRequest);
        }

        /// <summary>The sections the server asked for with workspace/configuration, in order.</summary>
        public IReadOnlyCollection<string> ConfigurationSectionsAsked => configurationSectionsAsked;

        /// <summary>Starts the server with the project folder as the workspace root and completes the initialize handshake.</summary>
        public static async Task<LanguageServerSession> StartAsync(string executable, string projectDirectory)
        {
            var session = new LanguageServerSession(executable, projectDirectory);
            try
            {
                await session.InitializeAsync();
                return session;
            }
            catch (Exception exception)
            {
                var description = session.Describe();
                await session.DisposeAsync();
                throw new InvalidOperationException("csharp-ls did not complete the initialize handshake." + Environment.NewLine + description, exception);
            }
        }

        private static string FileUri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

        public Task OpenAsync(string path, string text)
        {
            documentVersions[path] = 1;
            return connection.NotifyAsync("textDocument/didOpen", new
            {
                textDocument = new { uri = FileUri(path), languageId = "csharp", version = 1, text },
            });
        }

        /// <summary>An edit as the user types it, sent as the document's new full text (a change without a range).</summary>
        public Task ChangeAsync(string path, string newText)
        {
            var version = ++documentVersions[path];
            return connection.NotifyAsync("textDocument/didChange", new
            {
                textDocument = new { uri = FileUri(path), version },
                contentChanges = new[] { new { text = newText } },
            });
        }

        /// <summary>
        /// Pulls the document's diagnostics until <paramref name="done"/> holds for them, as an editor keeps
        /// pulling while the project loads and after each change; fails with everything seen when the session's time is up.
        /// </summary>
        public async Task<IReadOnlyList<LspDiagnostic>> WaitForDiagnosticsAsync(string path, Func<IReadOnlyList<LspDiagnostic>, bool> done, string expectation)
        {
            IReadOnlyList<LspDiagnostic> latest = Array.Empty<LspDiagnostic>();
            try
            {
                while (true)
                {
                    latest = await PullDiagnosticsAsync(path);
                    if (done(latest))
                    {
                        return latest;
                    }

                    await Task.Delay(PollInterval, deadline.Token);
                }
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                throw new TimeoutException(
                    $"Timed out after {SessionTimeout.TotalMinutes} minutes waiting for {expectation} in {Path.GetFileName(path)}." + Environment.NewLine
                    + "Last diagnostics: " + (latest.Count == 0 ? "none" : string.Join("; ", latest)) + Environment.NewLine
                    + Describe());
            }
        }

        /// <summary>The transcript and the server's log, for assertion messages.</summary>
        public string Describe()
        {
            string log;
            lock (serverLog)
            {
                log = serverLog.ToString();
            }

            const int tail = 6000;
            return "workspace/configuration sections asked: " + string.Join(", ", configurationSectionsAsked) + Environment.NewLine
                + "Messages (last ones):" + Environment.NewLine + connection.Transcript + Environment.NewLine
                + "Server log (end):" + Environment.NewLine + (log.Length > tail ? log[^tail..] : log);
        }

        /// <summary>shutdown and exit as an editor ends the session; the server's process tree is killed if it does not end by itself.</summary>
        public async ValueTask DisposeAsync()
        {
            try
            {
                if (!process.HasExited)
                {
                    using var timeout = new CancellationTokenSource(ShutdownTimeout);
                    await connection.RequestAsync("shutdown", null, timeout.Token);
                    await connection.NotifyAsync("exit", null);
                    await process.WaitForExitAsync(timeout.Token);
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException or InvalidOperationException)
            {
                // A server that does not shut down cleanly is still ended below.
            }
            finally
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync();
                }

                process.Dispose();
                deadline.Dispose();
            }
        }

        private async Task InitializeAsync()
        {
            var result = await connection.RequestAsync("initialize", new
            {
                processId = Environment.ProcessId,
                clientInfo = new { name = "Peering.EndToEnd.Tests" },
                rootUri,
                workspaceFolders = new[] { new { uri = rootUri, name = rootName } },
                capabilities = new
                {
                    workspace = new
                    {
                        configuration = true,
                        workspaceFolders = true,
                        didChangeConfiguration = new { dynamicRegistration = false },
                        diagnostics = new { refreshSupport = true },
                    },
                    textDocument = new
                    {
                        synchronization = new { dynamicRegistration = false, didSave = false },
                        // Static registration: the server then announces pull diagnostics in its initialize result.
                        diagnostic = new { dynamicRegistration = false, relatedDocumentSupport = false },
                        publishDiagnostics = new { relatedInformation = true, codeDescriptionSupport = true },
                    },
                    window = new { workDoneProgress = true },
                },
            }, deadline.Token);
            Assert.True(result.GetProperty("capabilities").TryGetProperty("diagnosticProvider", out _), "The server does not offer pull diagnostics (textDocument/diagnostic), which this client uses." + Environment.NewLine + Describe());
            await connection.NotifyAsync("initialized", new { });
        }

        private async Task<IReadOnlyList<LspDiagnostic>> PullDiagnosticsAsync(string path)
        {
            var report = await connection.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = FileUri(path) } }, deadline.Token);
            // Without a previousResultId the server must send a full report.
            Assert.True(report.GetProperty("kind").GetString() == "full", "Expected a full diagnostic report, got " + report.GetRawText());
            return LspDiagnostic.ListFrom(report.GetProperty("items"));
        }

        /// <summary>What an editor answers to the server's own requests.</summary>
        private object? AnswerServerRequest(string method, JsonElement parameters)
        {
            switch (method)
            {
                case "workspace/configuration":
                    return parameters.GetProperty("items").EnumerateArray().Select(ConfigurationFor).ToArray();
                case "workspace/workspaceFolders":
                    return new[] { new { uri = rootUri, name = rootName } };
                case "client/registerCapability":
                case "client/unregisterCapability":
                case "window/workDoneProgress/create":
                case "workspace/diagnostic/refresh":
                case "window/showMessageRequest":
                    return null;
                default:
                    return JsonRpcConnection.UnknownMethod;
            }
        }

        /// <summary>
        /// The value of one requested section, as an editor holding the user's settings
        /// <c>{ "csharp": { "analyzersEnabled": true } }</c> answers: csharp-ls 0.28 asks for the section <c>csharp</c>
        /// (one item, no scope) and gets that section's value. Sections the user has not set are null.
        /// </summary>
        private object? ConfigurationFor(JsonElement item)
        {
            var section = item.TryGetProperty("section", out var s) ? s.GetString() : null;
            configurationSectionsAsked.Enqueue(section ?? "(none)");
            return section == "csharp" ? new { analyzersEnabled = true } : null;
        }

        /// <summary>The installation folder of the runtime running this test host (…/shared/Microsoft.NETCore.App/&lt;version&gt;/).</summary>
        private static string DotNetRoot() =>
            Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
    }
}
