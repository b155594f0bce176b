using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Peering.Cli.CommandLine;
using Peering.Cli.Running;
using Peering.Rules.Catalogue;

namespace Peering.Cli.Configuration
{
    /// <summary>
    /// Reads <c>peering-check.json</c>:
    /// <c>{ "profile": "current", "closedWorld": true, "failOn": "warning", "rules": { "PEER301": "none" }, "exclude": ["legacy/**"], "maxFileSizeMB": 20, "offline": true, "moduleCache": "bicep-modules" }</c>.
    /// Every key is optional; an unknown key, rule or value is an error (exit 2), so a typo never silently does nothing.
    /// </summary>
    internal static class ConfigurationReader
    {
        private static readonly JsonDocumentOptions Options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

        /// <summary>The explicit file, else <c>peering-check.json</c> in the first folder given, else in the current folder.</summary>
        public static CheckConfiguration Load(string? explicitFile, IReadOnlyList<string> paths, string currentDirectory)
        {
            if (explicitFile != null)
            {
                return Read(explicitFile);
            }

            foreach (var path in paths)
            {
                if (Directory.Exists(path))
                {
                    var candidate = Path.Combine(path, CheckConfiguration.FileName);
                    return File.Exists(candidate) ? Read(candidate) : FromCurrentDirectory(currentDirectory);
                }
            }

            return FromCurrentDirectory(currentDirectory);
        }

        public static CheckConfiguration Read(string file)
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                throw new CheckFailedException($"Cannot read the configuration file {file}: {exception.Message}");
            }

            try
            {
                using var document = JsonDocument.Parse(text, Options);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw Invalid(file, "it must be a JSON object");
                }

                return Parse(file, document.RootElement);
            }
            catch (JsonException exception)
            {
                throw Invalid(file, exception.Message);
            }
        }

        private static CheckConfiguration FromCurrentDirectory(string currentDirectory)
        {
            var candidate = Path.Combine(currentDirectory, CheckConfiguration.FileName);
            return File.Exists(candidate) ? Read(candidate) : CheckConfiguration.Empty;
        }

        private static CheckConfiguration Parse(string file, JsonElement root)
        {
            var configuration = new CheckConfiguration { Source = file };
            foreach (var property in root.EnumerateObject())
            {
                var value = property.Value;
                switch (property.Name)
                {
                    case "profile":
                        configuration = configuration with { Profile = CommandLineParser.ParseProfile($"\"profile\" in {file}", String(file, property)) };
                        break;
                    case "closedWorld":
                        configuration = configuration with { ClosedWorld = Boolean(file, property) };
                        break;
                    case "offline":
                        configuration = configuration with { Offline = Boolean(file, property) };
                        break;
                    case "moduleCache":
                        // Relative to the configuration file, which travels with the templates and the cache.
                        configuration = configuration with { ModuleCache = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file))!, String(file, property))) };
                        break;
                    case "failOn":
                        configuration = configuration with { FailOn = CommandLineParser.ParseFailOn($"\"failOn\" in {file}", String(file, property)) };
                        break;
                    case "rules":
                        configuration = configuration with { RuleSeverities = RuleSeverities(file, value) };
                        break;
                    case "exclude":
                        configuration = configuration with { Exclude = Strings(file, property) };
                        break;
                    case "maxFileSizeMB":
                        var text = value.ValueKind == JsonValueKind.Number ? value.GetRawText() : throw Invalid(file, "\"maxFileSizeMB\" must be a number");
                        configuration = configuration with { MaxFileSizeMB = CommandLineParser.ParseMaxFileSize($"\"maxFileSizeMB\" in {file}", text) };
                        break;
                    default:
                        throw Invalid(file, $"unknown setting \"{property.Name}\" (known: profile, closedWorld, offline, moduleCache, failOn, rules, exclude, maxFileSizeMB)");
                }
            }

            return configuration;
        }

        private static bool Boolean(string file, JsonProperty property) =>
            property.Value.ValueKind == JsonValueKind.True
            || (property.Value.ValueKind == JsonValueKind.False ? false : throw Invalid(file, $"\"{property.Name}\" must be true or false"));

        private static IReadOnlyDictionary<string, RuleSeverity> RuleSeverities(string file, JsonElement rules)
        {
            if (rules.ValueKind != JsonValueKind.Object)
            {
                throw Invalid(file, "\"rules\" must be an object of rule IDs to error, warning, info or none");
            }

            var severities = new Dictionary<string, RuleSeverity>(StringComparer.Ordinal);
            foreach (var rule in rules.EnumerateObject())
            {
                var id = rule.Name.Trim().ToUpperInvariant();
                if (RuleCatalogue.Find(id) == null)
                {
                    throw Invalid(file, $"unknown rule \"{rule.Name}\"");
                }

                if (!SeverityParser.TryParse(rule.Value.ValueKind == JsonValueKind.String ? rule.Value.GetString() : null, out var severity))
                {
                    throw Invalid(file, $"the severity of {id} must be error, warning, info or none");
                }

                severities[id] = severity;
            }

            return severities;
        }

        private static string String(string file, JsonProperty property) =>
            property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : throw Invalid(file, $"\"{property.Name}\" must be a string");

        private static IReadOnlyList<string> Strings(string file, JsonProperty property)
        {
            if (property.Value.ValueKind != JsonValueKind.Array)
            {
                throw Invalid(file, $"\"{property.Name}\" must be an array of strings");
            }

            var values = new List<string>();
            foreach (var item in property.Value.EnumerateArray())
            {
                values.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : throw Invalid(file, $"\"{property.Name}\" must be an array of strings"));
            }

            return values;
        }

        private static CheckFailedException Invalid(string file, string reason) =>
            new CheckFailedException($"Invalid configuration file {file}: {reason.TrimEnd('.')}.");
    }
}
