using System;
using System.IO;
using System.Runtime.InteropServices;

namespace Peering.Templates.Bicep
{
    /// <summary>
    /// Finds the Bicep CLI of a run: the path the user named, else <c>bicep</c> on PATH, else the
    /// <c>Azure.Bicep.CommandLine.&lt;rid&gt;</c> NuGet package (restored on first use).
    /// </summary>
    public sealed class BicepCliResolver
    {
        private readonly BicepPackageRestore packageRestore;

        public BicepCliResolver(BicepPackageRestore packageRestore)
        {
            this.packageRestore = packageRestore;
        }

        public static string ExecutableName => RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "bicep.exe" : "bicep";

        /// <summary>The executable to start; throws <see cref="BicepUnavailableException"/> when there is none.</summary>
        public string Resolve(string? explicitPath)
        {
            if (explicitPath != null)
            {
                if (!File.Exists(explicitPath))
                {
                    throw new BicepUnavailableException($"The Bicep CLI given with --bicep does not exist: {explicitPath}.");
                }

                return Path.GetFullPath(explicitPath);
            }

            return FindOnPath(Environment.GetEnvironmentVariable("PATH")) ?? packageRestore.EnsureExecutable();
        }

        /// <summary>The first <c>bicep</c> executable in the PATH-style list of folders, if any.</summary>
        public static string? FindOnPath(string? searchPath)
        {
            if (string.IsNullOrEmpty(searchPath))
            {
                return null;
            }

            foreach (var folder in searchPath!.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                string candidate;
                try
                {
                    candidate = Path.Combine(folder.Trim('"'), ExecutableName);
                }
                catch (ArgumentException)
                {
                    continue;
                }

                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }
    }
}
