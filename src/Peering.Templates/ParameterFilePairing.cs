using System;

namespace Peering.Templates
{
    /// <summary>
    /// The naming convention that pairs a template with its parameter file: <c>hub.json</c> with
    /// <c>hub.parameters.json</c> in the same folder. Pure string work; the caller checks that the file exists.
    /// </summary>
    public static class ParameterFilePairing
    {
        private const string Suffix = ".parameters.json";

        public static bool IsParameterFile(string path) => path.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase);

        /// <summary>The conventional parameter file of <paramref name="templatePath"/>; null for a parameter file itself.</summary>
        public static string? ParametersPathFor(string templatePath)
        {
            if (IsParameterFile(templatePath) || !templatePath.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            return templatePath.Substring(0, templatePath.Length - ".json".Length) + Suffix;
        }

        /// <summary>The template a parameter file belongs to by convention.</summary>
        public static string? TemplatePathFor(string parametersPath) =>
            IsParameterFile(parametersPath) ? parametersPath.Substring(0, parametersPath.Length - Suffix.Length) + ".json" : null;
    }
}
