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
        /// full path (or, when it cannot be had, the path as given) with '/' separators.
        /// </summary>
        public static string Relative(string path, string root) =>
            TryRelative(path, root, out var relative) ? relative : AbsoluteOrNull(path, root) ?? ForwardSlashes(path);

        /// <summary>
        /// True (and the relative path) when <paramref name="path"/> lies under <paramref name="root"/>; a relative path
        /// is taken relative to the root (so <c>../x.json</c> is outside it).
        /// </summary>
        public static bool TryRelative(string path, string root, out string relative)
        {
            relative = string.Empty;
            if (path.Length == 0 || path.IndexOf('\0') >= 0 || root.IndexOf('\0') >= 0)
            {
                return false;
            }

            if (!Path.IsPathRooted(root))
            {
                // Without an absolute root only the path's own form tells: relative and not climbing out.
                relative = TrimCurrentDirectory(ForwardSlashes(path));
                return !Path.IsPathRooted(path) && relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal);
            }

            var full = Absolute(path, root);
            if (full == null)
            {
                return false;
            }

            var candidate = Path.GetRelativePath(root, full);
            if (Path.IsPathRooted(candidate) || candidate == ".." || candidate.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return false;
            }

            relative = ForwardSlashes(candidate);
            return true;
        }

        /// <summary>The full path of <paramref name="path"/> against an absolute <paramref name="root"/>, with '/' separators; null when it has none.</summary>
        public static string? AbsoluteOrNull(string path, string root)
        {
            var full = path.Length > 0 && path.IndexOf('\0') < 0 && Path.IsPathRooted(root) ? Absolute(path, root) : null;
            return full == null ? null : ForwardSlashes(full);
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

        public static string ForwardSlashes(string path) => path.Replace('\\', '/');

        private static string? Absolute(string path, string root)
        {
            try
            {
                return Path.GetFullPath(path, root);
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
            {
                return null;
            }
        }

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
