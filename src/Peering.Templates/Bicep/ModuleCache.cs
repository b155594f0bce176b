using System;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace Peering.Templates.Bicep
{
    /// <summary>Where Bicep keeps a registry module in its local cache, and whether it is there; <see cref="Folder"/> is null when that cannot be told.</summary>
    internal sealed record CachedModule(string? Folder, bool IsCached)
    {
        public static CachedModule Unknown { get; } = new CachedModule(null, false);

        public bool IsMissing => Folder != null && !IsCached;
    }

    /// <summary>
    /// Tells, without starting Bicep, whether Bicep 0.49.2 finds a registry reference in its local module cache, so that an
    /// offline run gives Bicep no file that would make it download, and a run that may download gives Bicep's restore only
    /// the files that need it. Follows Bicep's own rules (read in its source, Azure/bicep: OciArtifactRegistry.GetArtifactDirectory,
    /// IsArtifactRestoreRequired, TagEncoder, TemplateSpecModuleArtifact, ExpandCacheRootDirectory):
    /// <list type="bullet">
    /// <item>the nearest <c>bicepconfig.json</c> above the file gives <c>cacheRootDirectory</c> (a leading <c>~</c> is the home
    /// folder; relative paths are an error in Bicep) and <c>moduleAliases</c>; the default root is <c>~/.bicep</c>, and the
    /// built-in alias <c>br/public</c> is <c>mcr.microsoft.com/bicep</c>;</item>
    /// <item><c>br:</c> modules live in <c>&lt;root&gt;/br/&lt;registry, ':' as '$', lower case&gt;/&lt;repository, '/' as '$'&gt;/&lt;tag&gt;$&lt;mask&gt;</c>
    /// (the mask is the hex bit set of the tag's capital letters) or <c>…/sha256#&lt;hex&gt;</c> for a digest, and are
    /// cached when <c>main.json</c> (<c>types.tgz</c> for an extension), <c>manifest</c> and <c>metadata</c> are all there;</item>
    /// <item><c>ts:</c> template specs live in <c>&lt;root&gt;/ts/&lt;subscription&gt;/&lt;group&gt;/&lt;name&gt;/&lt;version&gt;/main.json</c>, lower case.</item>
    /// </list>
    /// A reference or configuration this does not understand is <see cref="CachedModule.Unknown"/>: Bicep then decides.
    /// </summary>
    internal static class ModuleCache
    {
        private static readonly Regex Reference = new Regex(@"^(?<scheme>br|ts)(?:/(?<alias>[^:/]+))?:(?<rest>.+)$", RegexOptions.CultureInvariant);

        // The OCI distribution grammar Bicep checks references against: anything else is Bicep's error to report.
        private static readonly Regex OciRepository = new Regex(@"^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$", RegexOptions.CultureInvariant);

        private static readonly Regex OciTag = new Regex(@"^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$", RegexOptions.CultureInvariant);

        private static readonly Regex OciDigest = new Regex(@"^sha256:[a-f0-9]{64}$", RegexOptions.CultureInvariant);

        /// <param name="moduleCache">The run's module cache, in place of <c>~/.bicep</c> (<see cref="ModuleCacheHome"/>); null for Bicep's own.</param>
        public static CachedModule Locate(RegistryReference reference, string? moduleCache = null)
        {
            var match = Reference.Match(reference.Reference);
            if (!match.Success)
            {
                return CachedModule.Unknown;
            }

            var configuration = BicepConfigFile.Nearest(reference.DeclaringFile);
            if (configuration == null)
            {
                return CachedModule.Unknown;
            }

            var root = CacheRoot(configuration.CacheRootDirectory, moduleCache);
            var alias = match.Groups["alias"].Success ? match.Groups["alias"].Value : null;
            var rest = match.Groups["rest"].Value;
            var folder = match.Groups["scheme"].Value == "br"
                ? OciFolder(root, configuration, alias, rest)
                : TemplateSpecFolder(root, configuration, alias, rest);
            if (folder == null)
            {
                return CachedModule.Unknown;
            }

            var cached = match.Groups["scheme"].Value == "ts"
                ? File.Exists(Path.Combine(folder, "main.json"))
                : File.Exists(Path.Combine(folder, reference.IsExtension ? "types.tgz" : "main.json"))
                    && File.Exists(Path.Combine(folder, "manifest"))
                    && File.Exists(Path.Combine(folder, "metadata"));
            return new CachedModule(folder, cached);
        }

        /// <summary>Bicep's file name for a tag: the tag, <c>$</c>, and the bit set of its capital letters in hex (none: nothing).</summary>
        public static string EncodeTag(string tag)
        {
            // Bicep keeps the mask in 64-bit words and writes them from the highest, the first non-zero one without
            // leading zeros and the rest with all 16 digits: the hex digits of one big number.
            var words = new ulong[(tag.Length + 63) / 64];
            for (var i = 0; i < tag.Length; i++)
            {
                if (char.IsUpper(tag, i))
                {
                    words[i / 64] |= 1UL << (i % 64);
                }
            }

            var text = new StringBuilder(tag).Append('$');
            var leadingZeros = false;
            for (var i = words.Length - 1; i >= 0; i--)
            {
                if (words[i] != 0 || leadingZeros)
                {
                    text.Append(words[i].ToString(leadingZeros ? "x16" : "x", System.Globalization.CultureInfo.InvariantCulture));
                    leadingZeros = true;
                }
            }

            return text.ToString();
        }

        private static string? CacheRoot(string? configured, string? moduleCache)
        {
            if (moduleCache != null)
            {
                // Bicep then runs with a home whose .bicep is that cache; a root under another home folder is not there.
                return string.IsNullOrEmpty(configured) || configured == "~/.bicep" ? Path.GetFullPath(moduleCache)
                    : configured.StartsWith("~", StringComparison.Ordinal) ? null
                    : CacheRoot(configured, null);
            }

            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            if (home.Length == 0 && (string.IsNullOrEmpty(configured) || configured.StartsWith("~", StringComparison.Ordinal)))
            {
                return null;
            }

            if (string.IsNullOrEmpty(configured))
            {
                return Path.Combine(home, ".bicep");
            }

            if (configured == "~")
            {
                return home;
            }

            if (configured.StartsWith("~/", StringComparison.Ordinal) || configured.StartsWith("~\\", StringComparison.Ordinal))
            {
                return home + configured.Substring(1);
            }

            // Bicep refuses a relative root ("File path must be absolute") and reports it itself.
            return Path.IsPathFullyQualified(configured) || configured.StartsWith("/", StringComparison.Ordinal) ? configured : null;
        }

        private static string? OciFolder(string? root, BicepConfigFile configuration, string? alias, string rest)
        {
            string registry;
            string path;
            if (alias == null)
            {
                var slash = rest.IndexOf('/');
                if (slash <= 0)
                {
                    return null;
                }

                registry = rest.Substring(0, slash);
                path = rest.Substring(slash + 1);
            }
            else
            {
                var aliasRegistry = configuration.AliasSetting("br", alias, "registry");
                if (aliasRegistry == null)
                {
                    return null;
                }

                registry = aliasRegistry;
                var modulePath = configuration.AliasSetting("br", alias, "modulePath");
                path = string.IsNullOrEmpty(modulePath) ? rest : modulePath + "/" + rest;
            }

            // <repository>:<tag> or <repository>@<digest>; a repository has no ':' or '@'.
            var at = path.IndexOf('@');
            var colon = path.IndexOf(':');
            var end = at >= 0 ? at : colon;
            if (root == null || end <= 0)
            {
                return null;
            }

            var repository = path.Substring(0, end);
            var tagOrDigest = path.Substring(end + 1);
            if (!OciRepository.IsMatch(repository) || !(at >= 0 ? OciDigest.IsMatch(tagOrDigest) : OciTag.IsMatch(tagOrDigest)))
            {
                return null;
            }

            var version = at >= 0 ? tagOrDigest.Replace(':', '#') : EncodeTag(tagOrDigest);
            return SafeCombine(root, "br", registry.Replace(':', '$').ToLowerInvariant(), repository.Replace('/', '$'), version);
        }

        private static string? TemplateSpecFolder(string? root, BicepConfigFile configuration, string? alias, string rest)
        {
            var parts = rest.Split('/');
            string subscription;
            string group;
            if (alias == null)
            {
                if (parts.Length != 3)
                {
                    return null;
                }

                subscription = parts[0];
                group = parts[1];
            }
            else
            {
                if (parts.Length != 1
                    || !(configuration.AliasSetting("ts", alias, "subscription") is string aliasSubscription)
                    || !(configuration.AliasSetting("ts", alias, "resourceGroup") is string aliasGroup))
                {
                    return null;
                }

                subscription = aliasSubscription;
                group = aliasGroup;
            }

            var nameAndVersion = parts[parts.Length - 1].Split(':');
            if (root == null || nameAndVersion.Length != 2)
            {
                return null;
            }

            return SafeCombine(root, "ts", subscription.ToLowerInvariant(), group.ToLowerInvariant(), nameAndVersion[0].ToLowerInvariant(), nameAndVersion[1].ToLowerInvariant());
        }

        /// <summary>The folder of the parts below the root; null when a part is not a plain name (Bicep rejects such a reference).</summary>
        private static string? SafeCombine(string root, params string[] parts)
        {
            foreach (var part in parts)
            {
                if (part.Length == 0 || part == "." || part == ".." || part.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || part.Contains('/') || part.Contains('\\'))
                {
                    return null;
                }
            }

            return Path.Combine(root, Path.Combine(parts));
        }
    }
}
