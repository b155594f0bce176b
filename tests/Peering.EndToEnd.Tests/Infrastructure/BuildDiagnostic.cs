using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Peering.EndToEnd.Tests.Infrastructure
{
    /// <summary>One analyzer diagnostic as MSBuild prints it; the file is kept by name, since projects live in temp folders.</summary>
    public sealed record BuildDiagnostic(string Id, string FileName, int Line, string Severity)
    {
        public override string ToString() => $"{FileName}({Line}): {Severity} {Id}";
    }

    /// <summary>Reads the PEERnnn diagnostics out of console-logger output.</summary>
    public static class BuildOutput
    {
        // path(line,col): error|warning PEERnnn: message [project]
        private static readonly Regex DiagnosticLine = new Regex(
            @"^\s*(?<path>.+?)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>PEER\d{3}): (?<message>.*) \[.+\]\s*$",
            RegexOptions.CultureInvariant);

        /// <summary>The distinct PEERnnn errors and warnings of a build.</summary>
        public static IReadOnlySet<BuildDiagnostic> PeeringDiagnostics(string output) =>
            Matches(output)
                .Select(match => new BuildDiagnostic(
                    match.Groups["id"].Value,
                    Path.GetFileName(match.Groups["path"].Value),
                    int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                    match.Groups["severity"].Value))
                .ToHashSet();

        /// <summary>The message text of every PEERnnn line, with its ID.</summary>
        public static IReadOnlyList<(string Id, string Message)> Messages(string output) =>
            Matches(output).Select(match => (match.Groups["id"].Value, match.Groups["message"].Value)).ToList();

        /// <summary>A readable comparison for assertion messages.</summary>
        public static string Describe(IEnumerable<BuildDiagnostic> expected, IEnumerable<BuildDiagnostic> actual, ProcessResult result) =>
            "Expected: " + string.Join(", ", expected.OrderBy(d => d.Line)) + Environment.NewLine
            + "Actual:   " + string.Join(", ", actual.OrderBy(d => d.Line)) + Environment.NewLine
            + result;

        private static IEnumerable<Match> Matches(string output) =>
            output.Split('\n')
                .Select(line => DiagnosticLine.Match(line.TrimEnd('\r')))
                .Where(match => match.Success);
    }
}
