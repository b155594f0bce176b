using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Peering.Cli.Tests.Infrastructure
{
    /// <summary>
    /// Writes Bicep's local module cache as <c>bicep restore</c> leaves it (Bicep 0.49.2; layout read in Azure/bicep,
    /// OciArtifactRegistry and TemplateSpecModuleRegistry): for <c>br:</c> a folder
    /// <c>br/&lt;registry&gt;/&lt;repository with '/' as '$'&gt;/&lt;tag folder&gt;</c> holding the compiled
    /// template <c>main.json</c>, the OCI <c>manifest</c> whose layer is that template, and <c>metadata</c> with the
    /// manifest's digest; for <c>ts:</c> <c>ts/&lt;subscription&gt;/&lt;group&gt;/&lt;name&gt;/&lt;version&gt;/main.json</c>
    /// holding the template spec version as Azure returns it.
    /// </summary>
    internal static class RegistryModuleCache
    {
        /// <summary>Writes one module and returns its folder.</summary>
        /// <param name="tagFolder">The tag as Bicep names its folder: the tag, <c>$</c>, and the hex bit set of its capital letters (<c>1.0.0$</c>, <c>V1$1</c>).</param>
        public static string WriteModule(string root, string registry, string repository, string tagFolder, string compiledJson)
        {
            var folder = Path.Combine(root, "br", registry, repository.Replace('/', '$'), tagFolder);
            Directory.CreateDirectory(folder);
            var template = Encoding.UTF8.GetBytes(compiledJson);
            var config = Encoding.UTF8.GetBytes("{}");
            var manifest = JsonSerializer.SerializeToUtf8Bytes(new
            {
                schemaVersion = 2,
                mediaType = "application/vnd.oci.image.manifest.v1+json",
                artifactType = "application/vnd.ms.bicep.module.artifact",
                config = Descriptor("application/vnd.ms.bicep.module.config.v1+json", config),
                layers = new[] { Descriptor("application/vnd.ms.bicep.module.layer.v1+json", template) },
            });
            File.WriteAllBytes(Path.Combine(folder, "main.json"), template);
            File.WriteAllBytes(Path.Combine(folder, "manifest"), manifest);
            File.WriteAllText(Path.Combine(folder, "metadata"), JsonSerializer.Serialize(new { manifestDigest = Digest(manifest) }));
            return folder;
        }

        /// <summary>Writes one template spec version and returns its folder.</summary>
        public static string WriteTemplateSpec(string root, string subscription, string group, string name, string version, string compiledJson)
        {
            var folder = Path.Combine(root, "ts", subscription, group, name, version);
            Directory.CreateDirectory(folder);
            using var template = JsonDocument.Parse(compiledJson);
            var id = $"/subscriptions/{subscription}/resourceGroups/{group}/providers/Microsoft.Resources/templateSpecs/{name}/versions/{version}";
            File.WriteAllText(Path.Combine(folder, "main.json"), JsonSerializer.Serialize(new { id, name = version, properties = new { mainTemplate = template.RootElement } }));
            return folder;
        }

        /// <summary>The <c>bicepconfig.json</c> text that makes Bicep use <paramref name="root"/> as its module cache.</summary>
        public static string ConfigFor(string root) => JsonSerializer.Serialize(new { cacheRootDirectory = root });

        public static string Digest(byte[] content) => "sha256:" + Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant();

        private static object Descriptor(string mediaType, byte[] content) => new { mediaType, digest = Digest(content), size = content.Length };
    }
}
