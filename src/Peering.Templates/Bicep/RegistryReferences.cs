using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace Peering.Templates.Bicep
{
    /// <summary>
    /// A module registry reference (<c>'br:…'</c>, <c>'br/alias:…'</c>, template spec <c>'ts:…'</c>) that compiling a
    /// file needs, and the line of the checked file that leads to it: its own declaration, or the declaration of the
    /// local module that names it.
    /// </summary>
    internal sealed record RegistryReference(string Reference, bool IsExtension, string DeclaringFile, int Line);

    /// <summary>
    /// Finds the registry references of a Bicep or <c>.bicepparam</c> file and of the local files it uses as modules,
    /// imports or bases, at any depth: Bicep restores every one of them when it compiles the file. A text scan of the
    /// declarations that take a path (<c>module</c>, <c>import … from</c>, <c>extension</c>, <c>using</c>, <c>extends</c>);
    /// a path in a comment is taken too, which only costs a needless cache look-up.
    /// </summary>
    internal static class RegistryReferences
    {
        /// <summary>Local files followed from one checked file; a larger graph is not followed further (Bicep still compiles it).</summary>
        private const int MaxFiles = 256;

        /// <summary>A larger local module is not searched (Bicep still compiles it, and reports what it cannot have).</summary>
        private const long MaxFileBytes = 16 * 1024 * 1024;

        private static readonly Regex PathDeclaration = new Regex(
            @"(?<keyword>\bmodule\s+[A-Za-z_][A-Za-z0-9_]*|\bfrom|\bextension|\busing|\bextends)\s+'(?<path>[^'\r\n]*)'",
            RegexOptions.CultureInvariant);

        private static readonly Regex Registry = new Regex(@"^(?:br|ts)(?::|/[^:/']*:)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>Every registry reference <paramref name="path"/> needs, in the order met; empty when it needs none or cannot be read.</summary>
        public static IReadOnlyList<RegistryReference> Of(string path)
        {
            var found = new List<RegistryReference>();
            var visited = new HashSet<string>(StringComparer.Ordinal) { Path.GetFullPath(path) };
            foreach (var (reference, isRegistry, isExtension, line) in Declarations(path))
            {
                if (isRegistry)
                {
                    found.Add(new RegistryReference(reference, isExtension, path, line));
                }
                else
                {
                    Follow(LocalFile(path, reference), path, line, visited, found);
                }
            }

            return found;
        }

        /// <summary>The references of a local file the checked file uses, all placed at <paramref name="line"/> of the checked file.</summary>
        private static void Follow(string? file, string checkedFile, int line, HashSet<string> visited, List<RegistryReference> found)
        {
            var pending = new Stack<string>();
            if (file != null)
            {
                pending.Push(file);
            }

            while (pending.Count > 0 && visited.Count < MaxFiles)
            {
                var next = pending.Pop();
                if (!visited.Add(next))
                {
                    continue;
                }

                foreach (var (reference, isRegistry, isExtension, _) in Declarations(next))
                {
                    if (isRegistry)
                    {
                        found.Add(new RegistryReference(reference, isExtension, checkedFile, line));
                    }
                    else if (LocalFile(next, reference) is string local)
                    {
                        pending.Push(local);
                    }
                }
            }
        }

        private static IEnumerable<(string Path, bool IsRegistry, bool IsExtension, int Line)> Declarations(string file)
        {
            string text;
            try
            {
                if (new FileInfo(file).Length > MaxFileBytes)
                {
                    yield break;
                }

                text = File.ReadAllText(file);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException || exception is ArgumentException || exception is NotSupportedException)
            {
                // Bicep reports a file it cannot read when it compiles the file that uses it.
                yield break;
            }

            // Lines are counted on from one match to the next, so a file of many declarations is read once.
            var line = 1;
            var counted = 0;
            foreach (Match match in PathDeclaration.Matches(text))
            {
                line += CountLineBreaks(text, counted, match.Index);
                counted = match.Index;
                var path = match.Groups["path"].Value;
                yield return (path, Registry.IsMatch(path), match.Groups["keyword"].Value == "extension", line);
            }
        }

        /// <summary>The full path of a local Bicep file named relative to <paramref name="from"/>; null for anything else (an ARM JSON module names no registry).</summary>
        private static string? LocalFile(string from, string relativePath)
        {
            if (!(relativePath.EndsWith(".bicep", StringComparison.OrdinalIgnoreCase) || relativePath.EndsWith(".bicepparam", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            try
            {
                return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(from)) ?? string.Empty, relativePath.Replace('/', Path.DirectorySeparatorChar)));
            }
            catch (Exception exception) when (exception is ArgumentException || exception is NotSupportedException || exception is PathTooLongException)
            {
                return null;
            }
        }

        private static int CountLineBreaks(string text, int start, int end)
        {
            var count = 0;
            for (var i = start; i < end; i++)
            {
                if (text[i] == '\n')
                {
                    count++;
                }
            }

            return count;
        }
    }
}
