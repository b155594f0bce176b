using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Peering.Templates.Bicep
{
    /// <summary>
    /// Obtains the Bicep CLI from NuGet without shipping its 120 MB binary inside the tool: a tiny project with a
    /// <c>PackageDownload</c> of <c>Azure.Bicep.CommandLine.&lt;rid&gt;</c> is restored by the user's own .NET SDK,
    /// so their NuGet sources, mirrors and package folder apply. The project is kept, so later runs only read its
    /// <c>project.assets.json</c> to find the package folder.
    /// </summary>
    public sealed class BicepPackageRestore
    {
        public const string Version = "0.49.2";

        private static readonly TimeSpan RestoreTimeout = TimeSpan.FromMinutes(5);

        private readonly string workDirectory;

        /// <param name="workDirectory">Where the restore project lives; one folder per Bicep version and runtime.</param>
        public BicepPackageRestore(string workDirectory)
        {
            this.workDirectory = workDirectory;
        }

        /// <summary>The user-level folder: <c>~/.local/share/peering-check/bicep-0.49.2-linux-x64</c> and the like.</summary>
        public static BicepPackageRestore ForCurrentUser()
        {
            // A user without a home folder (some CI containers) gets the temp folder rather than the current one.
            var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
            return new BicepPackageRestore(Path.Combine(data.Length == 0 ? Path.GetTempPath() : data, "peering-check", $"bicep-{Version}-{RuntimeIdentifier}"));
        }

        public static string PackageId => "Azure.Bicep.CommandLine." + RuntimeIdentifier;

        /// <summary>The runtime part of the package id; Bicep publishes win, linux and osx packages for x64 and arm64.</summary>
        public static string RuntimeIdentifier
        {
            get
            {
                var os = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "win" : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "osx" : "linux";
                var architecture = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x64";
                return os + "-" + architecture;
            }
        }

        private string ProjectFile => Path.Combine(workDirectory, "bicep-download.csproj");

        private string AssetsFile => Path.Combine(workDirectory, "obj", "project.assets.json");

        /// <summary>The path of the restored <c>bicep</c> executable, restoring the package first when needed.</summary>
        public string EnsureExecutable()
        {
            var executable = FindRestoredExecutable();
            if (executable == null)
            {
                Restore();
                executable = FindRestoredExecutable()
                    ?? throw new BicepUnavailableException($"Restoring {PackageId} {Version} did not produce the Bicep CLI; install Bicep or pass --bicep PATH.");
            }

            MakeExecutable(executable);
            return executable;
        }

        private string? FindRestoredExecutable()
        {
            if (!File.Exists(AssetsFile))
            {
                return null;
            }

            try
            {
                using var assets = JsonDocument.Parse(File.ReadAllText(AssetsFile));
                if (!assets.RootElement.TryGetProperty("packageFolders", out var folders) || folders.ValueKind != JsonValueKind.Object)
                {
                    return null;
                }

                foreach (var folder in folders.EnumerateObject())
                {
                    var candidate = Path.Combine(folder.Name, PackageId.ToLowerInvariant(), Version, "tools", BicepCliResolver.ExecutableName);
                    if (File.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }
            catch (Exception exception) when (exception is JsonException || exception is IOException || exception is UnauthorizedAccessException)
            {
                // A damaged assets file is rewritten by the next restore.
            }

            return null;
        }

        private void Restore()
        {
            try
            {
                Directory.CreateDirectory(workDirectory);
                File.WriteAllText(ProjectFile, ProjectXml());

                // MSBuild looks upwards for these; empty ones here keep a user's settings from changing the restore.
                foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
                {
                    File.WriteAllText(Path.Combine(workDirectory, name), "<Project />" + Environment.NewLine);
                }
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                throw new BicepUnavailableException($"Cannot prepare the Bicep download in {workDirectory}: {exception.Message}", exception);
            }

            var start = new ProcessStartInfo(DotNetExecutable())
            {
                WorkingDirectory = workDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // --force: a restore whose packages were since deleted from the package folder would otherwise be a no-op.
            foreach (var argument in new[] { "restore", ProjectFile, "--force", "-nologo", "-v:q" })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            RunRestore(start);
        }

        private static void RunRestore(ProcessStartInfo start)
        {
            Process process;
            try
            {
                process = Process.Start(start) ?? throw new BicepUnavailableException("Cannot start dotnet to restore the Bicep CLI.");
            }
            catch (System.ComponentModel.Win32Exception exception)
            {
                throw new BicepUnavailableException($"Cannot start dotnet to restore {PackageId} {Version} ({exception.Message}); install Bicep or pass --bicep PATH.", exception);
            }

            using (process)
            {
                var output = process.StandardOutput.ReadToEndAsync();
                var error = process.StandardError.ReadToEndAsync();
                if (!process.WaitForExit((int)RestoreTimeout.TotalMilliseconds))
                {
                    process.Kill(entireProcessTree: true);
                    throw new BicepUnavailableException($"Restoring {PackageId} {Version} took longer than {RestoreTimeout.TotalMinutes} minutes.");
                }

                if (process.ExitCode != 0)
                {
                    var reason = FirstLine(output.Result + Environment.NewLine + error.Result);
                    throw new BicepUnavailableException($"Restoring {PackageId} {Version} failed ({reason}); install Bicep or pass --bicep PATH.");
                }
            }
        }

        private static string FirstLine(string text)
        {
            foreach (var line in text.Split('\n'))
            {
                if (line.Trim().Length > 0)
                {
                    return line.Trim();
                }
            }

            return "no output";
        }

        /// <summary>The dotnet host that runs this tool when there is one (a framework-dependent run), else the SDK's or PATH's.</summary>
        private static string DotNetExecutable()
        {
            var name = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet";
            if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath)
            {
                return hostPath;
            }

            if (Environment.ProcessPath is { } processPath && string.Equals(Path.GetFileName(processPath), name, StringComparison.OrdinalIgnoreCase))
            {
                return processPath;
            }

            if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root && File.Exists(Path.Combine(root, name)))
            {
                return Path.Combine(root, name);
            }

            return name;
        }

        /// <summary>Package extraction does not always keep the execute bit of the native binary.</summary>
        private static void MakeExecutable(string executable)
        {
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                return;
            }

            var mode = File.GetUnixFileMode(executable);
            const UnixFileMode execute = UnixFileMode.UserExecute;
            if ((mode & execute) == 0)
            {
                File.SetUnixFileMode(executable, mode | execute);
            }
        }

        // DisableImplicitFrameworkReferences: nothing but the Bicep package is downloaded, whatever SDK runs the restore.
        private static string ProjectXml() => $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- Written by peering-check to obtain the Bicep CLI through NuGet. Safe to delete. -->
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
                <DisableImplicitFrameworkReferences>true</DisableImplicitFrameworkReferences>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <PackageDownload Include="{PackageId}" Version="[{Version}]" />
              </ItemGroup>
            </Project>
            """;
    }
}
