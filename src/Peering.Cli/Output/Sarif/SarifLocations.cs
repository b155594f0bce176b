using System;
using System.IO;
using System.Text.Json;
using Peering.Templates;

namespace Peering.Cli.Output.Sarif
{
    /// <summary>
    /// File locations as code scanning reads them: a URI relative to <c>%SRCROOT%</c> with forward slashes for files
    /// under the source root, an absolute <c>file:</c> URI for others, and a region when the line is known.
    /// </summary>
    internal sealed class SarifLocations
    {
        private readonly SourcePaths paths;

        public SarifLocations(SourcePaths paths)
        {
            this.paths = paths;
        }

        /// <summary>The URI a location's file is reported under.</summary>
        public string UriOf(SourceLocation location) =>
            paths.TryRelative(location.Path, out var relative)
                ? SourcePaths.ToUriReference(relative, isRelative: true)
                : SourcePaths.ToUriReference(paths.Relative(location.Path), isRelative: false);

        public void WritePhysicalLocation(Utf8JsonWriter json, SourceLocation location)
        {
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", UriOf(location));
            if (paths.TryRelative(location.Path, out _))
            {
                json.WriteString("uriBaseId", SarifReportWriter.SourceRootId);
            }

            json.WriteEndObject();
            if (location.Line >= 1)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", location.Line);
                json.WriteNumber("startColumn", Math.Max(1, location.Column));
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        /// <summary><c>%SRCROOT%</c> as an absolute directory URI (with a trailing slash), when the source root is absolute.</summary>
        public void WriteOriginalUriBaseIds(Utf8JsonWriter json)
        {
            if (!Path.IsPathRooted(paths.Root) || paths.Root.IndexOf('\0') >= 0)
            {
                return;
            }

            var directory = Path.EndsInDirectorySeparator(paths.Root) ? paths.Root : paths.Root + Path.DirectorySeparatorChar;
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SarifReportWriter.SourceRootId);
            json.WriteString("uri", new Uri(directory).AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
        }
    }
}
