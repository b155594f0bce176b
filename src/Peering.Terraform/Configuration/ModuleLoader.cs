using System.Collections.Generic;
using Peering.Terraform.Syntax;

namespace Peering.Terraform.Configuration
{
    /// <summary>
    /// Parses module folders once per run. A folder with a file that is not valid HCL is not read at all (PEER901 for
    /// that file): Terraform would refuse the module, and reading half of it could make a missing peering look real.
    /// </summary>
    internal sealed class ModuleLoader
    {
        private readonly ITerraformFiles files;
        private readonly ReaderNotes notes;
        private readonly Dictionary<string, ModuleDefinition?> cache = new Dictionary<string, ModuleDefinition?>(System.StringComparer.Ordinal);
        private readonly List<(SourceText File, Body Body)> parsedFiles = new List<(SourceText, Body)>();

        public ModuleLoader(ITerraformFiles files, ReaderNotes notes)
        {
            this.files = files;
            this.notes = notes;
        }

        public ITerraformFiles Files => files;

        /// <summary>Every configuration file parsed so far, for the suppression comments in them.</summary>
        public IReadOnlyList<(SourceText File, Body Body)> ParsedFiles => parsedFiles;

        /// <summary>The module in <paramref name="folder"/>, or null when it is out of reach, empty or has a file that does not parse.</summary>
        public ModuleDefinition? Load(string folder)
        {
            var identity = files.Identity(folder);
            if (cache.TryGetValue(identity, out var known))
            {
                return known;
            }

            cache[identity] = null;
            var paths = files.ConfigurationFiles(folder);
            if (paths == null || paths.Count == 0)
            {
                return null;
            }

            var parsed = new List<(SourceText, Body)>();
            var readable = true;
            foreach (var path in paths)
            {
                var text = files.ReadText(path);
                if (text == null)
                {
                    readable = false;
                    continue;
                }

                var file = new SourceText(path, text);
                var body = Parse(file);
                readable &= body != null;
                if (body != null)
                {
                    parsed.Add((file, body));
                }
            }

            parsedFiles.AddRange(parsed);
            var module = readable ? new ModuleDefinition(folder, parsed) : null;
            cache[identity] = module;
            return module;
        }

        /// <summary>A <c>.tf</c>, <c>.tfvars</c>, <c>.tf.json</c> or <c>.tfvars.json</c> file's body, or null after its PEER901.</summary>
        public Body? Parse(SourceText file, bool values = false)
        {
            try
            {
                var json = file.Path.EndsWith(".json", System.StringComparison.OrdinalIgnoreCase);
                return !json ? HclParser.ParseFile(file) : values ? JsonConfiguration.ParseValues(file) : JsonConfiguration.Parse(file);
            }
            catch (HclSyntaxException error)
            {
                var reason = error.IsLimit ? "is skipped: " + error.Message : "is not valid " + (file.Path.EndsWith(".json", System.StringComparison.OrdinalIgnoreCase) ? "Terraform JSON" : "HCL") + ": " + error.Message;
                notes.CannotRead(file.Location(error.Offset), "'" + file.Path + "' " + reason);
                return null;
            }
        }
    }
}
