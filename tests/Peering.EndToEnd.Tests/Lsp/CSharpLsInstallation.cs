using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Peering.EndToEnd.Tests.Infrastructure;

namespace Peering.EndToEnd.Tests.Lsp
{
    /// <summary>
    /// csharp-ls installed from NuGet into a temp tool folder, at the version the repository's tool manifest
    /// (.config/dotnet-tools.json) pins. A tool folder rather than <c>dotnet tool restore</c>: the server must
    /// start in the user's project folder, outside the repository, where no manifest is found; and the run
    /// leaves nothing behind in the machine's tool state.
    /// </summary>
    public sealed class CSharpLsInstallation : IAsyncLifetime
    {
        public const string ToolId = "csharp-ls";

        public string ToolDirectory { get; } = Path.Combine(Path.GetTempPath(), "peering-csharp-ls-" + Guid.NewGuid().ToString("N")[..12]);

        /// <summary>The tool's launcher; it finds the runtime through DOTNET_ROOT (see <see cref="LanguageServerSession"/>).</summary>
        public string Executable => Path.Combine(ToolDirectory, OperatingSystem.IsWindows() ? ToolId + ".exe" : ToolId);

        public static string PinnedVersion
        {
            get
            {
                var manifest = Path.Combine(Repository.Root, ".config", "dotnet-tools.json");
                using var document = JsonDocument.Parse(File.ReadAllText(manifest));
                return document.RootElement.GetProperty("tools").GetProperty(ToolId).GetProperty("version").GetString()
                    ?? throw new InvalidDataException(manifest + " gives no version for " + ToolId);
            }
        }

        public async Task InitializeAsync()
        {
            Directory.CreateDirectory(ToolDirectory);
            await DotNetCli.RunSuccessfullyAsync(ToolDirectory, "tool", "install", ToolId, "--version", PinnedVersion, "--tool-path", ToolDirectory);
            Assert.True(File.Exists(Executable), "dotnet tool install did not produce " + Executable);
        }

        public Task DisposeAsync()
        {
            try
            {
                Directory.Delete(ToolDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A server that was killed may hold a file for a moment; the temp folder is cleaned by the OS later.
            }
            catch (UnauthorizedAccessException)
            {
            }

            return Task.CompletedTask;
        }
    }
}
