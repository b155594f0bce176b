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

        /// <summary>
        /// A mistake planted in a sample program, whose lines carry <c>// expect: PEERnnn ...</c> (the marks the analyzer tests
        /// read too); exactly one line must name <paramref name="id"/>.
        /// </summary>
        public static BuildDiagnostic ExpectInSample(string sourcePath, string id, string severity)
        {
            var lines = File.ReadAllLines(sourcePath)
                .Select((text, index) => (text, number: index + 1))
                .Where(line => line.text.IndexOf("// expect:", StringComparison.Ordinal) is var at && at >= 0
                    && line.text[(at + "// expect:".Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(id))
                .Select(line => line.number)
                .ToList();
            Assert.True(lines.Count == 1, $"Expected one line marked '// expect: {id}' in {sourcePath}, found {lines.Count}.");
            return new BuildDiagnostic(id, Path.GetFileName(sourcePath), lines[0], severity);
        }
    }
}
