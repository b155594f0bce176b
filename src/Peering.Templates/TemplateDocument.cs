using System;

namespace Peering.Templates
{
    /// <summary>One ARM JSON template of a run, with its parameters and the way its positions are reported.</summary>
    public sealed class TemplateDocument
    {
        public TemplateDocument(string path, string jsonText, Func<ResourceOrigin, SourceLocation?>? locateResource = null)
        {
            Path = path;
            JsonText = jsonText;
            LocateResource = locateResource;
        }

        /// <summary>The file the user knows: the <c>.json</c> template, or the <c>.bicep</c> file it was compiled from.</summary>
        public string Path { get; }

        public string JsonText { get; }

        /// <summary>A parameter file's path and text (ARM <c>deploymentParameters</c> JSON), when one applies.</summary>
        public string? ParametersPath { get; set; }

        public string? ParametersJsonText { get; set; }

        /// <summary>
        /// Maps a resource to the place the user wrote it. Null for plain JSON templates, whose JSON position is that
        /// place; a compiled front end returns null for a resource it cannot place, and the reader then uses the
        /// start of <see cref="Path"/>.
        /// </summary>
        public Func<ResourceOrigin, SourceLocation?>? LocateResource { get; }
    }
}
