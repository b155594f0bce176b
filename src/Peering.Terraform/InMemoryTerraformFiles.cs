using System;
using System.Collections.Generic;
using System.Linq;

namespace Peering.Terraform
{
    /// <summary>
    /// Terraform files held in memory, by '/'-separated relative path: the reader without a file system (tests, the
    /// fuzzer, a host that has the files already). Nothing outside the given files can be reached.
    /// </summary>
    public sealed class InMemoryTerraformFiles : ITerraformFiles
    {
        private readonly Dictionary<string, string> files;

        public InMemoryTerraformFiles(IEnumerable<(string Path, string Text)> files)
        {
            this.files = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (path, text) in files)
            {
                this.files[Normal(path)] = text;
            }
        }

        /// <summary>Every folder holding a .tf or .tf.json file, as discovery would find them (not those under .terraform).</summary>
        public IReadOnlyList<string> ModuleFolders =>
            files.Keys.Where(IsConfiguration).Select(FolderOf).Where(f => !f.Split('/').Contains(".terraform")).Distinct().OrderBy(f => f, StringComparer.Ordinal).ToArray();

        public IReadOnlyList<string>? ConfigurationFiles(string folder)
        {
            var inFolder = files.Keys.Where(p => FolderOf(p) == Normal(folder) && IsConfiguration(p)).OrderBy(p => p, StringComparer.Ordinal).ToArray();
            return inFolder.Length == 0 ? null : inFolder;
        }

        public string? ReadText(string path) => files.TryGetValue(Normal(path), out var text) ? text : null;

        public IReadOnlyList<string> FilesEndingWith(string folder, string suffix) =>
            files.Keys.Where(p => FolderOf(p) == Normal(folder) && p.EndsWith(suffix, StringComparison.Ordinal)).OrderBy(p => p, StringComparer.Ordinal).ToArray();

        public string Identity(string folder) => Normal(folder);

        private static bool IsConfiguration(string path) => path.EndsWith(".tf", StringComparison.Ordinal) || path.EndsWith(".tf.json", StringComparison.Ordinal);

        private static string FolderOf(string path) => path.Contains('/') ? path.Substring(0, path.LastIndexOf('/')) : ".";

        private static string Normal(string path)
        {
            var parts = new List<string>();
            foreach (var part in path.Replace('\\', '/').Split('/'))
            {
                if (part == "." || part.Length == 0)
                {
                    continue;
                }

                if (part == ".." && parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
                else
                {
                    parts.Add(part);
                }
            }

            return parts.Count == 0 ? "." : string.Join("/", parts);
        }
    }
}
