using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Peering.Cli.Running;
using Peering.Templates;
using Peering.Templates.Input;

namespace Peering.Cli.Discovery
{
    /// <summary>
    /// Turns the paths of the command line into the run's input files. Folders are searched recursively for JSON
    /// templates (by <c>$schema</c>), <c>.bicep</c> and <c>.bicepparam</c> files, Terraform module folders (any with a
    /// <c>.tf</c> or <c>.tf.json</c> file; a <c>.tf</c> file named stands for its folder) and Terraform plans in JSON
    /// (by content), leaving out build and tool folders (<c>.terraform</c> too: its modules are read through their callers)
    /// and the configured exclusions; a file named on the command line is always taken. <c>x.parameters.json</c> goes
    /// with <c>x.json</c> in the same folder; <c>x.parameters.dev.json</c> and the like are used only when named with
    /// <c>--parameters</c>. A path that does not exist or cannot be read stops the run (exit 2). A file over the size
    /// limit, binary or not UTF-8 is still classified by its first bytes, and the run reports it (PEER901).
    /// Symbolic links met in a folder are followed only to places inside the folder given, and no folder is searched
    /// twice, so a link cannot lead the search out of the repository or round in a loop.
    /// </summary>
    internal sealed class InputDiscovery
    {
        private static readonly HashSet<string> SkippedFolders = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules", ".git", ".terraform" };

        private readonly IReadOnlyList<PathGlob> exclusions;
        private readonly Dictionary<string, string> templates = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> parameterFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> bicepFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> bicepParameterFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> terraformFolders = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> terraformVarFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> terraformPlans = new Dictionary<string, string>(StringComparer.Ordinal);

        private readonly List<string> namedParameterFiles = new List<string>();
        private readonly HashSet<string> searchedFolders = new HashSet<string>(StringComparer.Ordinal);
        private readonly string currentDirectory;
        private readonly long maxFileBytes;

        private InputDiscovery(IReadOnlyList<string> excludePatterns, string currentDirectory, long maxFileBytes)
        {
            this.currentDirectory = Path.GetFullPath(currentDirectory);
            this.maxFileBytes = maxFileBytes;
            exclusions = excludePatterns.Select(pattern => new PathGlob(pattern)).ToList();
        }

        /// <param name="paths">Files and folders; none means the current folder.</param>
        /// <param name="explicitParameters"><c>FILE</c> or <c>TEMPLATE=FILE</c> values of <c>--parameters</c>.</param>
        /// <param name="currentDirectory">Files found in it are reported relative to it.</param>
        /// <param name="maxFileBytes">No file is read past this many bytes (<c>--max-file-size</c>).</param>
        public static DiscoveredInputs Discover(IReadOnlyList<string> paths, IReadOnlyList<string> explicitParameters, IReadOnlyList<string> excludePatterns, string currentDirectory, long? maxFileBytes = null)
        {
            var discovery = new InputDiscovery(excludePatterns, currentDirectory, maxFileBytes ?? InputFile.MegabytesToBytes(InputFile.DefaultMaxMegabytes));
            foreach (var path in paths.Count == 0 ? new[] { currentDirectory } : paths)
            {
                discovery.Add(path);
            }

            return discovery.Result(explicitParameters);
        }

        private void Add(string path)
        {
            if (File.Exists(path))
            {
                AddFile(path, path, named: true);
            }
            else if (Directory.Exists(path))
            {
                SearchFolder(path, path);
            }
            else
            {
                throw new CheckFailedException($"No such file or folder: {path}.");
            }
        }

        /// <param name="path">The path as reported.</param>
        /// <param name="readablePath">The same file as this process opens it.</param>
        /// <param name="named">Named on the command line rather than found in a folder.</param>
        private void AddFile(string path, string readablePath, bool named)
        {
            var name = Path.GetFileName(path).ToLowerInvariant();
            if (name.EndsWith(".tf", StringComparison.Ordinal) || name.EndsWith(".tf.json", StringComparison.Ordinal))
            {
                var folder = Path.GetDirectoryName(path);
                Remember(terraformFolders, string.IsNullOrEmpty(folder) ? "." : folder);
                return;
            }

            if (name.EndsWith(".tfvars", StringComparison.Ordinal) || name.EndsWith(".tfvars.json", StringComparison.Ordinal))
            {
                // Found in a folder, terraform.tfvars and *.auto.tfvars are read with their root module; others only when named.
                if (named)
                {
                    Remember(terraformVarFiles, path);
                }

                return;
            }

            switch (Path.GetExtension(path).ToLowerInvariant())
            {
                case ".bicep":
                    Remember(bicepFiles, path);
                    break;
                case ".bicepparam":
                    Remember(bicepParameterFiles, path);
                    break;
                case ".json":
                    var kind = JsonFileProbe.Classify(Read(readablePath, maxFileBytes).Head);
                    if (kind == JsonFileKind.TerraformPlan)
                    {
                        Remember(terraformPlans, path);
                    }
                    else if (kind == JsonFileKind.Parameters)
                    {
                        Remember(parameterFiles, path);
                        if (named)
                        {
                            namedParameterFiles.Add(path);
                        }
                    }
                    else if (kind == JsonFileKind.Template || kind == JsonFileKind.PolicyDefinition || named)
                    {
                        // A file the user named is a template even when it does not parse or is empty, so the reader reports why (PEER901).
                        Remember(templates, path);
                    }

                    break;
                default:
                    if (named)
                    {
                        throw new CheckFailedException($"{path} is not a template: expected a .json, .bicep, .bicepparam, .tf, .tf.json or .tfvars file.");
                    }

                    break;
            }
        }

        private void SearchFolder(string root, string folder)
        {
            if (!searchedFolders.Add(RealPath(folder)))
            {
                return;
            }

            IEnumerable<string> entries;
            try
            {
                entries = Directory.EnumerateFileSystemEntries(folder).OrderBy(entry => entry, StringComparer.Ordinal).ToList();
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                throw new CheckFailedException($"Cannot read the folder {folder}: {exception.Message}");
            }

            foreach (var entry in entries.Where(entry => !IsExcluded(root, entry) && !LeadsOutside(root, entry)))
            {
                if (!Directory.Exists(entry))
                {
                    AddFile(DisplayPath(root, entry), entry, named: false);
                }
                else if (!SkippedFolders.Contains(Path.GetFileName(entry)))
                {
                    SearchFolder(root, entry);
                }
            }
        }

        /// <summary>A symbolic link whose final target is outside <paramref name="root"/> (or cannot be resolved): a repository must not make the check read elsewhere.</summary>
        private static bool LeadsOutside(string root, string entry)
        {
            FileSystemInfo info = Directory.Exists(entry) ? new DirectoryInfo(entry) : new FileInfo(entry);
            if (info.LinkTarget == null)
            {
                return false;
            }

            try
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                return target == null || !IsInside(Path.GetFullPath(target.FullName), Path.GetFullPath(root));
            }
            catch (IOException)
            {
                // A link cycle without an end (a -> b -> a).
                return true;
            }
        }

        /// <summary>The folder a link leads to, or the folder itself: a folder reached through a link and by its own path is searched once.</summary>
        internal static string RealPath(string folder)
        {
            var info = new DirectoryInfo(folder);
            var target = info.LinkTarget == null ? null : info.ResolveLinkTarget(returnFinalTarget: true);
            return Path.GetFullPath(target?.FullName ?? folder);
        }

        internal static bool IsInside(string path, string folder)
        {
            var prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
            return string.Equals(path, folder, StringComparison.Ordinal) || path.StartsWith(prefix, StringComparison.Ordinal);
        }

        private bool IsExcluded(string root, string entry)
        {
            var relative = Path.GetRelativePath(root, entry);
            return exclusions.Any(glob => glob.IsMatch(relative));
        }

        private DiscoveredInputs Result(IReadOnlyList<string> explicitParameters)
        {
            var pairs = templates.ToDictionary(t => t.Key, t => ConventionalParameters(t.Key, t.Value), StringComparer.Ordinal);
            foreach (var value in explicitParameters)
            {
                if (value.EndsWith(".bicepparam", StringComparison.OrdinalIgnoreCase))
                {
                    RequireFile(value);
                    Remember(bicepParameterFiles, value);
                    continue;
                }

                var (template, parameters) = ExplicitPair(value);
                RequireFile(parameters);
                pairs[template] = parameters;
            }

            // A parameter file named on its own would otherwise be dropped silently and the run would pass.
            foreach (var unpaired in namedParameterFiles.Where(file => !pairs.ContainsValue(file)))
            {
                throw new CheckFailedException($"{unpaired} is a parameter file without its template in this run; name the template too, or use --parameters TEMPLATE={unpaired}.");
            }

            var json = templates.Select(t => new JsonTemplateInput(t.Value, pairs[t.Key])).ToList();
            return new DiscoveredInputs(json, bicepFiles.Values.ToList(), bicepParameterFiles.Values.ToList())
            {
                TerraformFolders = terraformFolders.Values.ToList(),
                TerraformVarFiles = terraformVarFiles.Values.ToList(),
                TerraformPlans = terraformPlans.Values.ToList(),
            };
        }

        /// <summary><c>x.parameters.json</c> beside <c>x.json</c>, when there is one (also for a template named on its own).</summary>
        private string? ConventionalParameters(string templateFullPath, string templatePath)
        {
            var candidate = ParameterFilePairing.ParametersPathFor(templateFullPath);
            if (candidate == null)
            {
                return null;
            }

            if (parameterFiles.TryGetValue(candidate, out var path))
            {
                return path;
            }

            var display = Path.Combine(Path.GetDirectoryName(templatePath) ?? string.Empty, Path.GetFileName(candidate));
            // Beside a template named on its own, as in a searched folder, a link may not lead out of the template's folder.
            return File.Exists(candidate) && !LeadsOutside(Path.GetDirectoryName(candidate)!, candidate) && JsonFileProbe.Classify(Read(candidate, maxFileBytes).Head) == JsonFileKind.Parameters ? display : null;
        }

        /// <summary>The template full path and parameter path of <c>TEMPLATE=FILE</c>, or of <c>FILE</c> when the run has one JSON template.</summary>
        private (string Template, string Parameters) ExplicitPair(string value)
        {
            var separator = value.IndexOf('=');
            if (separator > 0)
            {
                var template = Path.GetFullPath(value.Substring(0, separator));
                if (!templates.ContainsKey(template))
                {
                    throw new CheckFailedException($"--parameters names {value.Substring(0, separator)}, which is not a JSON template of this run.");
                }

                return (template, value.Substring(separator + 1));
            }

            if (templates.Count != 1)
            {
                throw new CheckFailedException($"--parameters {value} is ambiguous: the run has {templates.Count} JSON templates; write --parameters TEMPLATE={value}.");
            }

            return (templates.Keys.Single(), value);
        }

        private static void RequireFile(string path)
        {
            if (!File.Exists(path))
            {
                throw new CheckFailedException($"No such parameter file: {path}.");
            }
        }

        private static void Remember(Dictionary<string, string> files, string path) => files[Path.GetFullPath(path)] = path;

        /// <summary>Paths under a folder the user gave start with that folder as written; under the current folder itself, they are relative to it.</summary>
        private string DisplayPath(string root, string entry) =>
            string.Equals(Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar), currentDirectory.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal)
                ? Path.GetRelativePath(currentDirectory, entry)
                : entry;

        /// <summary>A file within the size limit; only an I/O error stops the run, a file that is no text is the run's PEER901.</summary>
        internal static InputFile Read(string path, long maxFileBytes)
        {
            try
            {
                return InputFile.Read(path, maxFileBytes);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                throw new CheckFailedException($"Cannot read {path}: {exception.Message}");
            }
        }
    }
}
