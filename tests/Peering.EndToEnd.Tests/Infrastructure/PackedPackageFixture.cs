using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace Peering.EndToEnd.Tests.Infrastructure
{
    /// <summary>
    /// Once per test run: packs Peering.Analyzers into a local folder feed, builds the library stand-ins,
    /// writes the user's project with its planted mistakes, restores it and builds it once (with a SARIF log).
    /// Every project of the run lives under one temp folder outside the repository, whose nuget.config adds
    /// the feed and a private package cache; so the copies the tests make restore from that cache.
    /// </summary>
    public sealed class PackedPackageFixture : IAsyncLifetime
    {
        public const string PackageFileName = "Peering.Analyzers.0.1.0.nupkg";

        public string WorkDirectory { get; } = Path.Combine(Path.GetTempPath(), "peering-e2e-" + Guid.NewGuid().ToString("N")[..12]);

        public string FeedDirectory => Path.Combine(WorkDirectory, "feed");

        /// <summary>Private globalPackagesFolder: a Peering.Analyzers 0.1.0 cached by an earlier run can never be picked up.</summary>
        public string PackagesDirectory => Path.Combine(WorkDirectory, "packages");

        public string PackagePath => Path.Combine(FeedDirectory, PackageFileName);

        /// <summary>The restored project with every planted mistake (Consumer/HubAndSpoke.cs). Tests copy it; they never change it.</summary>
        public ConsumerProject Planted { get; private set; } = null!;

        /// <summary>The first build of <see cref="Planted"/>, as a user runs it.</summary>
        public ProcessResult PlantedBuild { get; private set; } = null!;

        /// <summary>The SARIF 2.1 log the compiler wrote during <see cref="PlantedBuild"/>.</summary>
        public string PlantedSarif => Path.Combine(WorkDirectory, "build.sarif");

        public async Task InitializeAsync()
        {
            Assert.False(
                Path.GetFullPath(WorkDirectory).StartsWith(Path.GetFullPath(Repository.Root), StringComparison.Ordinal),
                "The consumer projects must live outside the repository, so its Directory.*.props do not apply to them.");
            Directory.CreateDirectory(FeedDirectory);
            WriteWorkDirectoryFiles();

            // Independent of each other; run side by side to keep the suite short.
            await Task.WhenAll(
                DotNetCli.RunSuccessfullyAsync(Repository.Root, "pack", Repository.PackageProject, "-c", "Release", "-o", FeedDirectory),
                DotNetCli.RunSuccessfullyAsync(Repository.Root, "build", Repository.SdkStandInProject, "-c", "Release", "-p:AzureSdkShape=Main"),
                DotNetCli.RunSuccessfullyAsync(Repository.Root, "build", Repository.ProvisioningStandInProject, "-c", "Release", "-p:ProvisioningShape=Main"));
            Assert.True(File.Exists(PackagePath), "dotnet pack did not produce " + PackagePath);
            Assert.True(File.Exists(Repository.SdkStandInAssembly), "The stand-in build did not produce " + Repository.SdkStandInAssembly);

            Planted = ConsumerProject.Create(NewProjectDirectory("planted"), "HubAndSpoke.cs", Repository.SdkStandInAssembly);
            await DotNetCli.RunSuccessfullyAsync(Planted.Directory, "restore", Planted.ProjectFile);
            AssertInstalledPackageIsThisRunsPackage();

            PlantedBuild = await Planted.BuildAsync("-p:ErrorLog=" + PlantedSarif + "%2Cversion=2.1");
        }

        public Task DisposeAsync()
        {
            try
            {
                Directory.Delete(WorkDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A build node may still hold a file for a moment; the temp folder is cleaned by the OS later.
            }
            catch (UnauthorizedAccessException)
            {
            }

            return Task.CompletedTask;
        }

        /// <summary>A fresh, empty folder for one project under the work folder (so the nuget.config applies).</summary>
        public string NewProjectDirectory(string name)
        {
            var directory = Path.Combine(WorkDirectory, "projects", name);
            Assert.False(Directory.Exists(directory), "Project folder used twice: " + directory);
            return directory;
        }

        private void WriteWorkDirectoryFiles()
        {
            // Adds the feed and keeps the machine's default sources (Azure.ResourceManager comes from there): no <clear/>.
            File.WriteAllText(Path.Combine(WorkDirectory, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <config>
                    <add key="globalPackagesFolder" value="{PackagesDirectory}" />
                  </config>
                  <packageSources>
                    <add key="peering-analyzers-local" value="{FeedDirectory}" />
                  </packageSources>
                </configuration>
                """);

            // MSBuild looks upwards for these; empty ones here stop the search, so nothing a machine has in
            // its temp folder (or above it) can change the user's build.
            foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
            {
                File.WriteAllText(Path.Combine(WorkDirectory, name), "<Project />" + Environment.NewLine);
            }
        }

        /// <summary>The cache must hold exactly the package packed above, not one of the same id and version from a source.</summary>
        private void AssertInstalledPackageIsThisRunsPackage()
        {
            var installed = Path.Combine(PackagesDirectory, "peering.analyzers", "0.1.0", "peering.analyzers.0.1.0.nupkg");
            Assert.True(File.Exists(installed), "Restore did not install Peering.Analyzers 0.1.0 into " + PackagesDirectory);
            Assert.True(File.ReadAllBytes(installed).AsSpan().SequenceEqual(File.ReadAllBytes(PackagePath)), "The installed Peering.Analyzers 0.1.0 is not the package packed by this run.");
        }
    }

    [CollectionDefinition(Name)]
    public sealed class EndToEndCollection : ICollectionFixture<PackedPackageFixture>
    {
        public const string Name = "End to end";
    }
}
