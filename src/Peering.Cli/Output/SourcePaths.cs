using System;
using System.IO;
using System.Linq;

namespace Peering.Cli.Output
{
    /// <summary>
    /// Paths as code hosts want them: relative to the source root with forward slashes, so SARIF results and
    /// GitHub annotations attach to the repository's files wherever the run happened.
    /// </summary>
    public static class SourcePaths
    {
        /// <summary>
        /// The path relative to <paramref name="root"/> with '/' separators when it lies under the root; otherwise the
        /// full path with '/' separators. A relative path is taken as relative to the root already.
        /// </summary>
        public static string Relative(string path, string root)
        {
            if (TryRelative(path, root, out var relative))
            {
                return relative;
            }

            return Slashes(path);
        }

        /// <summary>True (and the relative path) when <paramref name="path"/> is relative or lies under <paramref name="root"/>.</summary>
        public static bool TryRelative(string path, string root, out string relative)
        {
            relative = string.Empty;
            if (path.Length == 0 || path.IndexOf('\0') >= 0)
            {
                return false;
            }

            if (!Path.IsPathRooted(path))
            {
                relative = TrimCurrentDirectory(Slashes(path));
                return true;
            }

            if (root.Length == 0 || !Path.IsPathRooted(root))
            {
                return false;
            }

            var candidate = Path.GetRelativePath(root, path);
            if (Path.IsPathRooted(candidate) || candidate == ".." || candidate.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return false;
            }

            relative = Slashes(candidate);
            return true;
        }

        /// <summary>
        /// A URI reference for a path from <see cref="Relative"/>: a relative path percent-encoded segment by segment,
        /// an absolute one as a <c>file:</c> URI, so names with spaces, '#', '%' or non-ASCII letters stay valid URIs.
        /// </summary>
        public static string ToUriReference(string slashedPath, bool isRelative)
        {
            var segments = slashedPath.Split('/');
            var encoded = string.Join("/", segments.Select((segment, index) => IsDrive(segment, index) ? segment : Uri.EscapeDataString(segment)));
            if (isRelative)
            {
                return encoded;
            }

            return encoded.StartsWith("/", StringComparison.Ordinal) ? "file://" + encoded : "file:///" + encoded;
        }

        // "C:" at the start of a Windows path stays as it is: file:///C:/x is how file URIs spell drives.
        private static bool IsDrive(string segment, int index) =>
            index == 0 && segment.Length == 2 && segment[1] == ':' && char.IsAsciiLetter(segment[0]);

        private static string Slashes(string path) => path.Replace('\\', '/');

        private static string TrimCurrentDirectory(string path)
        {
            while (path.StartsWith("./", StringComparison.Ordinal))
            {
                path = path.Substring(2);
            }

            return path;
        }
    }
}
