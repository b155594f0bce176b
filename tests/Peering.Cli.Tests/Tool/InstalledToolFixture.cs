using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace Peering.Cli.Tests.Tool
{
    /// <summary>
    /// Once per test run: packs the peering-check tool into a local folder feed and installs it with
    /// <c>dotnet tool install --tool-path</c>, as a user would, with a private package folder (so a peering-check 0.1.0
    /// cached by an earlier run can never be picked up) and a private data folder for the Bicep download.
    /// </summary>
    public sealed class InstalledToolFixture : IAsyncLifetime
    {
        // Its own bin/ and obj/ folders: the end-to-end tests pack the analyzer in Release at the same time, and two
        // builds of Peering.Rules into one folder would collide.
        private const string PackConfiguration = "ToolPackTest";

        public string WorkDirectory { get; } = Path.Combine(Path.GetTempPath(), "peering-tool-" + Guid.NewGuid().ToString("N")[..12]);

        public string FeedDirectory => Path.Combine(WorkDirectory, "feed");

        public string ToolDirectory => Path.Combine(WorkDirectory, "tools");

        public string Executable => Path.Combine(ToolDirectory, OperatingSystem.IsWindows() ? "peering-check.exe" : "peering-check");

        /// <summary>NUGET_PACKAGES for every command, and XDG_DATA_HOME where the tool keeps its Bicep restore project.</summary>
        public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(WorkDirectory, "packages"),
            ["XDG_DATA_HOME"] = Path.Combine(WorkDirectory, "data"),
        };

        public async Task InitializeAsync()
        {
            Directory.CreateDirectory(FeedDirectory);
            var root = TestRepository.Root;
            await ChildProcess.RunSuccessfullyAsync(ChildProcess.DotNet, root, Environment, "pack", Path.Combine(root, "src", "Peering.Cli", "Peering.Cli.csproj"), "-c", PackConfiguration, "-o", FeedDirectory);
            Assert.True(File.Exists(Path.Combine(FeedDirectory, "peering-check.0.1.0.nupkg")), "dotnet pack did not produce peering-check.0.1.0.nupkg");
            await ChildProcess.RunSuccessfullyAsync(ChildProcess.DotNet, WorkDirectory, Environment, "tool", "install", "peering-check", "--version", "0.1.0", "--tool-path", ToolDirectory, "--add-source", FeedDirectory);
        }

        /// <summary>
        /// Runs the installed command as a user's shell does: without the DOTNET_HOST_PATH the test host has, so the
        /// tool finds dotnet for its Bicep restore the way it must on a user's machine.
        /// </summary>
        public Task<ProcessResult> RunAsync(string workingDirectory, params string[] arguments) =>
            ChildProcess.RunAsync(Executable, workingDirectory, new Dictionary<string, string>(Environment) { ["DOTNET_HOST_PATH"] = string.Empty }, arguments);

        public Task DisposeAsync()
        {
            try
            {
                Directory.Delete(WorkDirectory, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }

            return Task.CompletedTask;
        }
    }
}
