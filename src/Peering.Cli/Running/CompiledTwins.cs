using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Peering.Rules.Checks;
using Peering.Templates;

namespace Peering.Cli.Running
{
    /// <summary>
    /// JSON templates that Bicep generated from a <c>.bicep</c> file of the same run (<c>main.json</c> beside <c>main.bicep</c>,
    /// as Azure Verified Modules ship every module; <c>azuredeploy.json</c> beside <c>main.bicep</c> in quickstarts). The Bicep file is checked, at the lines its author edits, and its twin
    /// is left out, so no resource is counted twice. When Bicep could not compile the file (an error, a registry module not
    /// in the cache) the twin is checked in its place, so the module is still read.
    /// </summary>
    internal static class CompiledTwins
    {
        /// <summary>What the Bicep CLI writes into every template it generates.</summary>
        private const string GeneratorMarker = "\"_generator\"";

        /// <param name="bicepFiles">The Bicep files given to Bicep.</param>
        /// <param name="bicepFindings">Bicep's findings: a file with one was not compiled.</param>
        public static IEnumerable<TemplateDocument> Without(IEnumerable<TemplateDocument> jsonTemplates, IEnumerable<string> bicepFiles, IEnumerable<Finding> bicepFindings)
        {
            var notCompiled = new HashSet<string>(bicepFindings.Select(f => f.Location).OfType<SourceLocation>().Select(l => Path.GetFullPath(l.Path)), StringComparer.Ordinal);
            var compiled = new HashSet<string>(bicepFiles.Select(Path.GetFullPath).Where(f => !notCompiled.Contains(f)), StringComparer.Ordinal);
            return jsonTemplates.Where(document => !IsTwinOf(document, compiled));
        }

        private static bool IsTwinOf(TemplateDocument document, HashSet<string> compiledBicepFiles) =>
            document.ParametersPath == null
            && SourceNames(Path.GetFullPath(document.Path)).Any(compiledBicepFiles.Contains)
            && document.JsonText.Contains(GeneratorMarker, StringComparison.Ordinal)
            && document.JsonText.Contains("\"bicep\"", StringComparison.Ordinal);

        /// <summary>
        /// The Bicep files a generated template may come from: <c>x.bicep</c> for <c>x.json</c>, and <c>main.bicep</c> for
        /// <c>azuredeploy.json</c>, the convention of the Azure Quickstart Templates repository.
        /// </summary>
        private static IEnumerable<string> SourceNames(string jsonPath)
        {
            yield return Path.ChangeExtension(jsonPath, ".bicep");
            if (string.Equals(Path.GetFileName(jsonPath), "azuredeploy.json", StringComparison.OrdinalIgnoreCase))
            {
                yield return Path.Combine(Path.GetDirectoryName(jsonPath)!, "main.bicep");
            }
        }
    }
}
