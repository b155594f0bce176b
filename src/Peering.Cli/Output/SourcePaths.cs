using System;
using System.IO;
using System.Linq;

namespace Peering.Cli.Output
{
    /// <summary>
    /// Paths as code hosts want them: relative to the source root (the repository) with forward slashes, so SARIF
    /// results and GitHub annotations attach to the repository's files wherever the run happened. Relative input
    /// paths are relative to the working directory, which may be a subfolder of the root.
    /// </summary>
    public sealed class SourcePaths
    {
        public SourcePaths(string root, string? workingDirectory = null)
        {
            Root = root;
            WorkingDirectory = workingDirectory ?? root;
        }

        public string Root { get; }

        public string WorkingDirectory { get; }

        /// <summary>
        /// The path relative to the root with '/' separators when it lies under the root; otherwise the full path (or,
        /// when it cannot be had, the path as given) with '/' separators.
        /// </summary>
        public string Relative(string path) =>
            TryRelative(path, out var relative) ? relative : AbsoluteOrNull(path) ?? ForwardSlashes(path);

        /// <summary>True (and the path relative to the root) when <paramref name="path"/> lies under the root.</summary>
        public bool TryRelative(string path, out string relative)
        {
            relative = string.Empty;
            if (path.Length == 0 || path.IndexOf('\0') >= 0)
            {
                return false;
            }

            if (!Path.IsPathRooted(Root) || !Path.IsPathRooted(WorkingDirectory))
            {
                // Without absolute directories only the path's own form tells: relative and not climbing out.
                relative = TrimCurrentDirectory(ForwardSlashes(path));
                return !Path.IsPathRooted(path) && Root == WorkingDirectory && relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal);
            }

            var full = Absolute(path);
            if (full == null)
            {
                return false;
            }

            var candidate = Path.GetRelativePath(Root, full);
            if (Path.IsPathRooted(candidate) || candidate == ".." || candidate.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return false;
            }

            relative = ForwardSlashes(candidate);
            return true;
        }

        /// <summary>The full path against the working directory, with '/' separators; null when it has none.</summary>
        public string? AbsoluteOrNull(string path)
        {
            var full = path.Length > 0 && path.IndexOf('\0') < 0 ? Absolute(path) : null;
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

        public static string ForwardSlashes(string path) => path.Replace('\\', '/');

        // "C:" at the start of a Windows path stays as it is: file:///C:/x is how file URIs spell drives.
        private static bool IsDrive(string segment, int index) =>
            index == 0 && segment.Length == 2 && segment[1] == ':' && char.IsAsciiLetter(segment[0]);

        private string? Absolute(string path)
        {
            if (!Path.IsPathRooted(WorkingDirectory) || WorkingDirectory.IndexOf('\0') >= 0)
            {
                return null;
            }

            try
            {
                return Path.GetFullPath(path, WorkingDirectory);
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
