using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Peering.Cli.Running;
using Peering.Cli.Tests.Infrastructure;

namespace Peering.Cli.Tests.Samples
{
    /// <summary>
    /// The README's main command runs peering-check over samples: samples/templates (ARM JSON and Bicep) and
    /// samples/terraform. Every planted mistake is marked in its file with "// expect: PEERnnn" (in Terraform also
    /// "# expect: PEERnnn") on the line the finding must point at; the run must report exactly those. The
    /// shared-services spoke is built with a registry module whose restored copy is shipped in
    /// samples/registry-modules/cache, which samples/peering-check.json names as the run's module cache.
    /// </summary>
    public sealed class SampleTemplatesTests
    {
        private static readonly Regex Marker = new Regex(@"(//|#)\s*expect:\s*(?<ids>(PEER\d{3}\s*)+)", RegexOptions.CultureInvariant);

        private static readonly string Samples = Path.Combine(TestRepository.Root, "samples");

        private static readonly string ModuleCache = Path.Combine(Samples, "registry-modules", "cache");

        /// <summary>The line of the registry module's declaration, where its mistakes are reported, without the rule.</summary>
        private const string ModuleLine = "shared-services.bicep:5:";

        [Theory]
        [InlineData("templates", "json")]
        [InlineData("templates", "sarif")]
        [InlineData("templates", "github")]
        [InlineData("templates", "text")]
        [InlineData("terraform", "json")]
        [InlineData("terraform", "sarif")]
        [InlineData("terraform", "github")]
        [InlineData("terraform", "text")]
        [InlineData("", "json")]
        [InlineData("", "text")]
        public void Every_planted_mistake_is_reported_at_its_line_and_nothing_else(string estate, string format)
        {
            // "" is the README's main command: both estates in one run, which must not disturb each other, with
            // samples/peering-check.json. One estate alone is named with the module cache that file gives.
            var folder = Path.Combine(Samples, estate);
            var options = estate == "templates" ? new[] { "--module-cache", ModuleCache } : Array.Empty<string>();
            var expected = estate.Length > 0 ? Expected(estate) : Expected("templates", "terraform");

            // Run from elsewhere, naming the folder: the in-process run reads files by the paths it reports.
            var result = CliRun.Run(new ArmTemplateSetAnalyzer(), Path.GetTempPath(), new[] { folder, "--format", format }.Concat(options).ToArray());

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.NotEmpty(expected);
            Assert.Equal(expected, Reported(format, result.Output).OrderBy(s => s, StringComparer.Ordinal).ToArray());
        }

        [Fact]
        public void The_registry_module_s_mistakes_are_among_the_planted_ones()
        {
            Assert.Contains(ModuleLine + "PEER201", Expected("templates"));
            Assert.Contains(ModuleLine + "PEER110", Expected("templates"));
        }

        [Fact]
        public void A_cache_named_by_bicepconfig_json_serves_the_module_as_well()
        {
            using var copy = new TempFolder();
            var templates = CopyWithModuleCache(copy);

            var result = CliRun.Run(new ArmTemplateSetAnalyzer(), Path.GetTempPath(), templates, "--offline", "--format", "json");

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Equal(Expected("templates"), Reported("json", result.Output).OrderBy(s => s, StringComparer.Ordinal).ToArray());
        }

        [Fact]
        public void Without_the_module_cache_an_offline_run_notes_the_registry_module_it_does_not_have()
        {
            var result = CliRun.Run(new ArmTemplateSetAnalyzer(), Path.GetTempPath(), Path.Combine(Samples, "templates"), "--offline", "--format", "json");

            Assert.True(result.ExitCode == 1, result.ToString());
            var expected = Expected("templates").Where(s => s != ModuleLine + "PEER110").Select(s => s == ModuleLine + "PEER201" ? ModuleLine + "PEER902" : s).ToArray();
            Assert.Equal(expected, Reported("json", result.Output).OrderBy(s => s, StringComparer.Ordinal).ToArray());
            using var report = JsonDocument.Parse(result.Output);
            var note = report.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "PEER902");
            Assert.Contains("uses the registry module 'br/platform:spoke-vnet:1.0.0', which is not in the local module cache", note.GetProperty("message").GetString());
        }

        [Fact]
        public void The_shipped_module_cache_is_the_module_compiled_by_Bicep_with_its_manifest_and_metadata()
        {
            var folder = Path.Combine(ModuleCache, "br", "peeringsamples.azurecr.io", "network$spoke-vnet", "1.0.0$");
            var main = File.ReadAllBytes(Path.Combine(folder, "main.json"));
            var manifest = File.ReadAllBytes(Path.Combine(folder, "manifest"));
            var source = Path.Combine(Samples, "registry-modules", "spoke-vnet.bicep");

            var compiled = BicepTool.Compiler().Compile(new[] { source }, Array.Empty<string>(), new Templates.SuppressionSet()).Documents.Single().JsonText;

            Assert.Equal(compiled.TrimEnd(), Encoding.UTF8.GetString(main).TrimEnd());
            using var layers = JsonDocument.Parse(manifest);
            var layer = layers.RootElement.GetProperty("layers").EnumerateArray().Single();
            Assert.Equal("application/vnd.ms.bicep.module.layer.v1+json", layer.GetProperty("mediaType").GetString());
            Assert.Equal(RegistryModuleCache.Digest(main), layer.GetProperty("digest").GetString());
            Assert.Equal(main.Length, layer.GetProperty("size").GetInt32());
            using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "metadata")));
            Assert.Equal(RegistryModuleCache.Digest(manifest), metadata.RootElement.GetProperty("manifestDigest").GetString());
        }

        /// <summary>"file:line:rule" for every marker of the given sample estates, in order.</summary>
        private static string[] Expected(params string[] estates) =>
            estates.SelectMany(estate => Directory.EnumerateFiles(Path.Combine(Samples, estate), "*", SearchOption.AllDirectories))
                .SelectMany(file => File.ReadLines(file).Select((text, index) => (file, line: index + 1, text)))
                .SelectMany(l => Marker.Matches(l.text).SelectMany(m => m.Groups["ids"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    .Select(id => $"{Path.GetFileName(l.file)}:{l.line}:{id}"))
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToArray();

        /// <summary>A copy of samples/templates whose registry estate's bicepconfig.json names the shipped module cache by its absolute path.</summary>
        private static string CopyWithModuleCache(TempFolder copy)
        {
            var templates = Path.Combine(Samples, "templates");
            foreach (var file in Directory.EnumerateFiles(templates, "*", SearchOption.AllDirectories))
            {
                copy.Write(Path.GetRelativePath(templates, file), File.ReadAllText(file));
            }

            var config = copy.Combine("registry/bicepconfig.json");
            var withCache = File.ReadAllText(config).Replace("\"moduleAliases\"", "\"cacheRootDirectory\": " + JsonSerializer.Serialize(ModuleCache) + ",\n  \"moduleAliases\"");
            Assert.NotEqual(File.ReadAllText(config), withCache);
            File.WriteAllText(config, withCache);
            return copy.Path;
        }

        /// <summary>"file:line:rule" for every finding of a report, read the way each format's consumer reads it.</summary>
        private static string[] Reported(string format, string output)
        {
            switch (format)
            {
                case "json":
                    using (var report = JsonDocument.Parse(output))
                    {
                        return report.RootElement.GetProperty("findings").EnumerateArray()
                            .Select(f => $"{Path.GetFileName(f.GetProperty("file").GetString())}:{f.GetProperty("line").GetInt32()}:{f.GetProperty("ruleId").GetString()}")
                            .ToArray();
                    }

                case "sarif":
                    using (var log = JsonDocument.Parse(output))
                    {
                        return log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                            .Select(r =>
                            {
                                var physical = r.GetProperty("locations")[0].GetProperty("physicalLocation");
                                var uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
                                return $"{Path.GetFileName(Uri.UnescapeDataString(uri))}:{physical.GetProperty("region").GetProperty("startLine").GetInt32()}:{r.GetProperty("ruleId").GetString()}";
                            })
                            .ToArray();
                    }

                case "github":
                    return Regex.Matches(output, @"^::(error|warning|notice) file=(?<file>[^,]+),line=(?<line>\d+),[^\n]*?title=(?<rule>PEER\d{3})", RegexOptions.Multiline)
                        .Select(m => $"{Path.GetFileName(m.Groups["file"].Value)}:{m.Groups["line"].Value}:{m.Groups["rule"].Value}")
                        .ToArray();

                default:
                    return Regex.Matches(output, @"^(?<file>\S+)\((?<line>\d+),\d+\): (error|warning|info) (?<rule>PEER\d{3}):", RegexOptions.Multiline)
                        .Select(m => $"{Path.GetFileName(m.Groups["file"].Value)}:{m.Groups["line"].Value}:{m.Groups["rule"].Value}")
                        .ToArray();
            }
        }
    }
}
