using System.Collections.Generic;
using System.Linq;

namespace Peering.Terraform.Configuration
{
    /// <summary>Module folders as reported paths: a local <c>source</c> joined to its caller's folder, <c>.</c> and <c>..</c> collapsed.</summary>
    internal static class ModulePaths
    {
        /// <summary>True for the sources Terraform reads from the local file system (<c>./x</c>, <c>../x</c>).</summary>
        public static bool IsLocal(string source) =>
            source.StartsWith("./", System.StringComparison.Ordinal) || source.StartsWith("../", System.StringComparison.Ordinal)
            || source.StartsWith(".\\", System.StringComparison.Ordinal) || source.StartsWith("..\\", System.StringComparison.Ordinal);

        public static string Combine(string folder, string relative)
        {
            var rooted = folder.StartsWith('/');
            var segments = new List<string>();
            foreach (var segment in (folder + "/" + relative).Replace('\\', '/').Split('/'))
            {
                if (segment.Length == 0 || segment == ".")
                {
                    continue;
                }

                if (segment == ".." && segments.Count > 0 && segments[^1] != "..")
                {
                    segments.RemoveAt(segments.Count - 1);
                }
                else
                {
                    segments.Add(segment);
                }
            }

            var joined = string.Join("/", segments);
            return rooted ? "/" + joined : joined.Length == 0 ? "." : joined;
        }

        /// <summary>The folder of a file path as reported.</summary>
        public static string FolderOf(string path)
        {
            var normalised = path.Replace('\\', '/');
            var cut = normalised.LastIndexOf('/');
            return cut < 0 ? "." : cut == 0 ? "/" : normalised.Substring(0, cut);
        }

        public static string FileName(string path) => path.Replace('\\', '/').Split('/').Last();
    }
}
