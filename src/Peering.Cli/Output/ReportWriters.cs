using System.Collections.Generic;
using Peering.Cli.Output.GitHub;
using Peering.Cli.Output.Json;
using Peering.Cli.Output.Sarif;
using Peering.Cli.Output.Text;

namespace Peering.Cli.Output
{
    /// <summary>The <c>--format</c> values and their writers.</summary>
    public static class ReportWriters
    {
        public const string Text = "text";
        public const string Json = "json";
        public const string Sarif = "sarif";
        public const string GitHub = "github";

        /// <summary>Every format name, the default first (for help text and error messages).</summary>
        public static IReadOnlyList<string> Formats { get; } = new[] { Text, Json, Sarif, GitHub };

        /// <summary>
        /// The writer for a format name (case-insensitive), or null for an unknown name. <paramref name="useColour"/>
        /// matters only to <c>text</c>; decide it with <see cref="ColourPolicy.UseColour"/>.
        /// </summary>
        public static IReportWriter? For(string format, bool useColour = false) => format.Trim().ToLowerInvariant() switch
        {
            Text => new TextReportWriter(useColour),
            Json => new JsonReportWriter(),
            Sarif => new SarifReportWriter(),
            GitHub => new GitHubReportWriter(),
            _ => null,
        };
    }
}
