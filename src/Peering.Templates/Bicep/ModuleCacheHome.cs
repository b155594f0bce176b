using System;
using System.Diagnostics;
using System.IO;

namespace Peering.Templates.Bicep
{
    /// <summary>
    /// A home folder for the Bicep process whose <c>.bicep</c> is a module cache shipped with the templates (a vendored cache,
    /// <c>--module-cache</c>). Bicep takes its cache from <c>bicepconfig.json</c>'s <c>cacheRootDirectory</c>, which must be
    /// an absolute path, and else from <c>~/.bicep</c>: a cache inside a repository can be named only this way. The folder
    /// is removed when the run ends.
    /// </summary>
    internal sealed class ModuleCacheHome : IDisposable
    {
        private readonly string folder;
        private readonly string cacheLink;

        private ModuleCacheHome(string folder, string cacheLink)
        {
            this.folder = folder;
            this.cacheLink = cacheLink;
        }

        public static ModuleCacheHome For(string moduleCache)
        {
            var folder = Path.Combine(Path.GetTempPath(), "peering-check-home-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            var cacheLink = Path.Combine(folder, ".bicep");
            try
            {
                Directory.CreateSymbolicLink(cacheLink, Path.GetFullPath(moduleCache));
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException || exception is PlatformNotSupportedException)
            {
                // Windows lets only some users create links: the cache is copied instead (module caches are small).
                Copy(moduleCache, cacheLink);
            }

            return new ModuleCacheHome(folder, cacheLink);
        }

        /// <summary>Gives the process this home: <c>HOME</c> on Linux and macOS, <c>USERPROFILE</c> on Windows.</summary>
        public void Apply(ProcessStartInfo start)
        {
            start.Environment["HOME"] = folder;
            start.Environment["USERPROFILE"] = folder;
        }

        public void Dispose()
        {
            try
            {
                // The link first, on its own, so that removing the folder never reaches into the cache it points at.
                if (new DirectoryInfo(cacheLink).LinkTarget != null)
                {
                    Directory.Delete(cacheLink);
                }

                Directory.Delete(folder, recursive: true);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                // A temporary folder left behind is no reason to fail a finished run.
            }
        }

        private static void Copy(string source, string target)
        {
            Directory.CreateDirectory(target);
            foreach (var file in Directory.GetFiles(source))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }

            foreach (var directory in Directory.GetDirectories(source))
            {
                Copy(directory, Path.Combine(target, Path.GetFileName(directory)));
            }
        }
    }
}
