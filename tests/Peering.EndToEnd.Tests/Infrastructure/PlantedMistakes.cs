using System;
using System.IO;
using System.Linq;

namespace Peering.EndToEnd.Tests.Infrastructure
{
    /// <summary>
    /// The consumer programs mark each planted mistake with a trailing <c>// planted: PEERnnn</c> comment on
    /// the line where the diagnostic belongs, so the expected lines live next to the code they describe.
    /// </summary>
    public static class PlantedMistakes
    {
        /// <summary>The 1-based line marked for <paramref name="id"/>; exactly one line must carry the mark.</summary>
        public static int Line(string sourcePath, string id)
        {
            var marker = "// planted: " + id;
            var lines = File.ReadAllLines(sourcePath)
                .Select((text, index) => (text, number: index + 1))
                .Where(line => line.text.TrimEnd().EndsWith(marker, StringComparison.Ordinal))
                .Select(line => line.number)
                .ToList();
            Assert.True(lines.Count == 1, $"Expected one line marked '{marker}' in {sourcePath}, found {lines.Count}.");
            return lines[0];
        }

        public static BuildDiagnostic Expect(string sourcePath, string id, string severity) =>
            new BuildDiagnostic(id, Path.GetFileName(sourcePath), Line(sourcePath, id), severity);
    }
}
