using System;
using System.IO;
using System.Text.Json;

namespace Peering.Templates.Bicep
{
    /// <summary>
    /// The settings of the <c>bicepconfig.json</c> that Bicep uses for a file (the nearest one in the file's folder or
    /// above it) that tell where a registry module is cached: <c>cacheRootDirectory</c> and <c>moduleAliases</c>.
    /// Settings it leaves out take Bicep's built-in values.
    /// </summary>
    internal sealed class BicepConfigFile
    {
        public const string FileName = "bicepconfig.json";

        /// <summary>Bicep's built-in alias: <c>br/public:x</c> is <c>br:mcr.microsoft.com/bicep/x</c>.</summary>
        private const string PublicAlias = "public";

        private const long MaxFileBytes = 1024 * 1024;

        private static readonly BicepConfigFile BuiltIn = new BicepConfigFile(null, null);

        private readonly JsonElement? aliases;

        private BicepConfigFile(string? cacheRootDirectory, JsonElement? aliases)
        {
            CacheRootDirectory = cacheRootDirectory;
            this.aliases = aliases;
        }

        public string? CacheRootDirectory { get; }

        /// <summary>The configuration for <paramref name="file"/>; null when its file cannot be read as Bicep reads it (Bicep reports why).</summary>
        public static BicepConfigFile? Nearest(string file)
        {
            string? folder;
            try
            {
                folder = Path.GetDirectoryName(Path.GetFullPath(file));
            }
            catch (Exception exception) when (exception is ArgumentException || exception is NotSupportedException || exception is PathTooLongException)
            {
                return null;
            }

            for (; folder != null; folder = Path.GetDirectoryName(folder))
            {
                var candidate = Path.Combine(folder, FileName);
                if (File.Exists(candidate))
                {
                    return Read(candidate);
                }
            }

            return BuiltIn;
        }

        /// <summary>A string setting of an alias (<c>registry</c>, <c>modulePath</c>, <c>subscription</c>, <c>resourceGroup</c>), or null.</summary>
        public string? AliasSetting(string scheme, string alias, string name)
        {
            if (aliases is JsonElement all
                && all.TryGetProperty(scheme, out var ofScheme) && ofScheme.ValueKind == JsonValueKind.Object
                && ofScheme.TryGetProperty(alias, out var entry) && entry.ValueKind == JsonValueKind.Object
                && entry.TryGetProperty(name, out var value))
            {
                return value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            }

            // The file's settings are laid over Bicep's built-in ones, which define only br/public.
            if (scheme == "br" && alias == PublicAlias)
            {
                return name == "registry" ? "mcr.microsoft.com" : name == "modulePath" ? "bicep" : null;
            }

            return null;
        }

        private static BicepConfigFile? Read(string path)
        {
            try
            {
                // A configuration this large is no configuration; Bicep reports what is wrong with it.
                if (new FileInfo(path).Length > MaxFileBytes)
                {
                    return null;
                }

                using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                var root = document.RootElement;
                // A file that extends another one is resolved by Bicep alone.
                if (root.ValueKind != JsonValueKind.Object || root.TryGetProperty("extends", out _))
                {
                    return null;
                }

                string? cacheRoot = null;
                if (root.TryGetProperty("cacheRootDirectory", out var configured))
                {
                    if (configured.ValueKind != JsonValueKind.String)
                    {
                        return null;
                    }

                    cacheRoot = configured.GetString();
                }

                JsonElement? aliases = root.TryGetProperty("moduleAliases", out var found) && found.ValueKind == JsonValueKind.Object ? found.Clone() : null;
                return new BicepConfigFile(cacheRoot, aliases);
            }
            catch (Exception exception) when (exception is JsonException || exception is IOException || exception is UnauthorizedAccessException)
            {
                return null;
            }
        }
    }
}
