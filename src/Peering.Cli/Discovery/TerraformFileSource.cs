using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Peering.Cli.Running;
using Peering.Terraform;

namespace Peering.Cli.Discovery
{
    /// <summary>
    /// The files the Terraform reader may read: only inside the folders the run was given (a module source or a
    /// modules.json that leads elsewhere, also through a symbolic link, is not read), each within the size limit and
    /// as text (<see cref="SkippedFiles"/> reports the others).
    /// </summary>
    internal sealed class TerraformFileSource : ITerraformFiles
    {
        private readonly IReadOnlyList<string> roots;
        private readonly HashSet<string> named;
        private readonly SkippedFiles skipped;
        private readonly HashSet<string> read = new HashSet<string>(StringComparer.Ordinal);

        /// <param name="paths">The paths of the command line; none means the current folder.</param>
        /// <param name="namedFiles">Files the user named (<c>--var-file</c>): read wherever they are, as the command line is trusted.</param>
        public TerraformFileSource(IReadOnlyList<string> paths, IEnumerable<string> namedFiles, string currentDirectory, SkippedFiles skipped)
        {
            this.skipped = skipped;
            named = new HashSet<string>(namedFiles.Select(f => Path.GetFullPath(f, currentDirectory)), StringComparer.Ordinal);
            roots = (paths.Count == 0 ? new[] { currentDirectory } : paths)
                .Select(p => Path.GetFullPath(p, currentDirectory))
                .Select(p => Directory.Exists(p) ? p : Path.GetDirectoryName(p)!)
                .Select(p => Resolve(p) ?? p)
                .ToArray();
        }

        /// <summary>Every file the reader read, for the report's list of analysed files.</summary>
        public IReadOnlyCollection<string> FilesRead => read;

        public IReadOnlyList<string>? ConfigurationFiles(string folder)
        {
            if (!Reachable(folder))
            {
                return null;
            }

            return Files(folder, name => name.EndsWith(".tf", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tf.json", StringComparison.OrdinalIgnoreCase));
        }

        public string? ReadText(string path)
        {
            if (!File.Exists(path) || !(named.Contains(Path.GetFullPath(path)) || Reachable(path)))
            {
                return null;
            }

            var text = skipped.Read(path);
            if (text != null)
            {
                read.Add(path);
            }

            return text;
        }

        public IReadOnlyList<string> FilesEndingWith(string folder, string suffix) =>
            Reachable(folder) ? Files(folder, name => name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) : Array.Empty<string>();

        public string Identity(string folder) => Resolve(Path.GetFullPath(folder)) ?? Path.GetFullPath(folder);

        private static IReadOnlyList<string> Files(string folder, Func<string, bool> wanted)
        {
            try
            {
                return Directory.EnumerateFiles(folder)
                    .Select(Path.GetFileName)
                    .Where(name => name != null && wanted(name))
                    .OrderBy(name => name, StringComparer.Ordinal)
                    .Select(name => Path.Combine(folder, name!))
                    .ToArray();
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                throw new CheckFailedException($"Cannot read the folder {folder}: {exception.Message}");
            }
        }

        private bool Reachable(string path)
        {
            var resolved = Resolve(Path.GetFullPath(path));
            return resolved != null && roots.Any(root => InputDiscovery.IsInside(resolved, root));
        }

        /// <summary>The path with every symbolic link along it followed; null when a link cannot be resolved (a cycle).</summary>
        private static string? Resolve(string fullPath)
        {
            var root = Path.GetPathRoot(fullPath) ?? string.Empty;
            var current = root;
            foreach (var part in fullPath.Substring(root.Length).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
            {
                current = Path.Combine(current, part);
                try
                {
                    FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
                    if (info.LinkTarget != null)
                    {
                        var target = info.ResolveLinkTarget(returnFinalTarget: true);
                        if (target == null)
                        {
                            return null;
                        }

                        current = Path.GetFullPath(target.FullName);
                    }
                }
                catch (IOException)
                {
                    return null;
                }
            }

            return current;
        }
    }
}
