using System.Collections.Generic;
using System.Text.Json;

namespace Peering.Terraform.Configuration
{
    /// <summary>
    /// <c>.terraform/modules/modules.json</c>, written by <c>terraform init</c> in a root module: for each module call by
    /// its key (<c>hub</c>, <c>hub.peering</c>), the folder its source was installed in (Terraform's internal/modsdir).
    /// Registry and git modules are read only from there: the reader never downloads anything.
    /// </summary>
    internal sealed class InstalledModules
    {
        public static readonly InstalledModules None = new InstalledModules(new Dictionary<string, string>());

        private readonly IReadOnlyDictionary<string, string> folders;

        private InstalledModules(IReadOnlyDictionary<string, string> folders)
        {
            this.folders = folders;
        }

        public static InstalledModules Read(string rootFolder, ITerraformFiles files)
        {
            var text = files.ReadText(ModulePaths.Combine(rootFolder, ".terraform/modules/modules.json"));
            if (text == null)
            {
                return None;
            }

            var folders = new Dictionary<string, string>(System.StringComparer.Ordinal);
            try
            {
                using var manifest = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 16 });
                if (manifest.RootElement.ValueKind == JsonValueKind.Object && manifest.RootElement.TryGetProperty("Modules", out var modules) && modules.ValueKind == JsonValueKind.Array)
                {
                    foreach (var module in modules.EnumerateArray())
                    {
                        if (module.ValueKind == JsonValueKind.Object
                            && module.TryGetProperty("Key", out var key) && key.ValueKind == JsonValueKind.String
                            && module.TryGetProperty("Dir", out var dir) && dir.ValueKind == JsonValueKind.String)
                        {
                            folders[key.GetString()!] = ModulePaths.Combine(rootFolder, dir.GetString()!);
                        }
                    }
                }
            }
            catch (JsonException)
            {
                // A broken manifest is no manifest: the registry modules are then reported as not installed.
            }

            return new InstalledModules(folders);
        }

        /// <summary>The folder installed for the module call with key <paramref name="key"/>, when <c>terraform init</c> installed one.</summary>
        public string? FolderOf(string key) => folders.TryGetValue(key, out var folder) ? folder : null;
    }
}
