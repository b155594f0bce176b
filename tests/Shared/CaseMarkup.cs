using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Peering.Tests.Shared
{
    /// <summary>An expected finding: <c>{|PEER102:text|}</c>, or <c>{|PEER101@2017-10:text|}</c> for one profile only.</summary>
    public sealed record ExpectedFinding(string Id, int Start, int End, string? Profile);

    /// <summary>
    /// The markup of the case files of every front end (C# programs, ARM JSON templates): the findings a case expects,
    /// where they are, and the leading comment lines that set the case up. One source file, linked into each test
    /// project that runs cases.
    /// </summary>
    public static class CaseMarkup
    {
        /// <summary>The text without markup, and the expected findings with their places in it.</summary>
        public static (string Source, IReadOnlyList<ExpectedFinding> Expected) Parse(string marked)
        {
            var source = new StringBuilder(marked.Length);
            var expected = new List<ExpectedFinding>();
            var open = new Stack<(string Id, string? Profile, int Start)>();
            var i = 0;
            while (i < marked.Length)
            {
                if (marked[i] == '{' && i + 1 < marked.Length && marked[i + 1] == '|')
                {
                    var colon = marked.IndexOf(':', i + 2);
                    var header = marked.Substring(i + 2, colon - i - 2);
                    var at = header.IndexOf('@', StringComparison.Ordinal);
                    open.Push((at < 0 ? header : header[..at], at < 0 ? null : header[(at + 1)..], source.Length));
                    i = colon + 1;
                }
                else if (marked[i] == '|' && i + 1 < marked.Length && marked[i + 1] == '}' && open.Count > 0)
                {
                    var (id, profile, start) = open.Pop();
                    expected.Add(new ExpectedFinding(id, start, source.Length, profile));
                    i += 2;
                }
                else
                {
                    source.Append(marked[i]);
                    i++;
                }
            }

            if (open.Count > 0)
            {
                throw new FormatException("Unclosed diagnostic markup for " + open.Peek().Id);
            }

            return (source.ToString(), expected);
        }

        /// <summary>
        /// The rules a leading <c>// ignore: PEER301 PEER303</c> line leaves out of the comparison: whole-topology rules set
        /// off by a case's scaffolding (a one-sided peering, two peerings to one remote) that the case is not about.
        /// </summary>
        public static IReadOnlySet<string> IgnoredRules(string text) => Header(text)
            .Where(line => line.StartsWith("// ignore:", StringComparison.Ordinal))
            .SelectMany(line => line["// ignore:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);

        /// <summary>True when a leading <c>// closed-world</c> line asks for the case to run with the closed-world option.</summary>
        public static bool ClosedWorld(string text) => Header(text).Contains("// closed-world");

        /// <summary>
        /// The case files under the test output's <c>Cases</c> folder matching <paramref name="pattern"/>, by their path
        /// from it (<c>PEER102/BothFlags.cs</c>), in a stable order.
        /// </summary>
        public static IReadOnlyList<(string Name, string Text)> ReadCases(string pattern)
        {
            var root = Path.Combine(AppContext.BaseDirectory, "Cases");
            return Directory.EnumerateFiles(root, pattern, SearchOption.AllDirectories)
                .Select(path => (Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path)))
                .OrderBy(c => c.Item1, StringComparer.Ordinal)
                .ToArray();
        }

        /// <summary>The leading comment lines.</summary>
        public static IEnumerable<string> Header(string text) =>
            text.Split('\n').TakeWhile(line => line.TrimStart().StartsWith("//", StringComparison.Ordinal)).Select(line => line.Trim());
    }
}
