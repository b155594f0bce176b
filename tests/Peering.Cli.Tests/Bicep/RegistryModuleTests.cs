using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Peering.Cli.Running;
using Peering.Cli.Tests.Infrastructure;
using Peering.Rules.Catalogue;
using Peering.Templates;
using Peering.Templates.Bicep;

namespace Peering.Cli.Tests.Bicep
{
    /// <summary>
    /// Registry modules through the real Bicep CLI and a module cache written as <c>bicep restore</c> leaves it: a
    /// peering created inside a cached module is checked with the caller's values and reported at the caller's
    /// <c>module</c> line; a module that cannot be had is one note for its file, never a stall of the run.
    /// </summary>
    public sealed class RegistryModuleTests
    {
        private const string Reference = "br:" + RegistryModuleFixtures.Registry + "/" + RegistryModuleFixtures.Repository + ":1.0.0";

        [Theory]
        [InlineData("--offline")]
        [InlineData(null)]
        public void A_peering_inside_a_cached_module_is_reported_at_the_caller_s_module_line(string? mode)
        {
            using var folder = new TempFolder();
            var cache = CacheWithSpoke(folder, "1.0.0$");
            var caller = folder.Write("estate/main.bicep", RegistryModuleFixtures.Caller(Reference));
            folder.Write("estate/bicepconfig.json", RegistryModuleCache.ConfigFor(cache));

            var result = Run(new[] { folder.Combine("estate") }.Concat(mode == null ? Array.Empty<string>() : new[] { mode }).ToArray());

            Assert.True(result.ExitCode == 1, result.ToString());
            AssertFindings(result, $"{caller}(4,1): error PEER102");
            Assert.Contains("Peering 'to-hub' of VNet 'spoke'", result.Output);
        }

        [Fact]
        public void A_tag_with_capitals_is_found_where_Bicep_keeps_it()
        {
            using var folder = new TempFolder();
            // Bicep's TagEncoder: the tag, '$', and the bit set of its capital letters in hex ("V" is letter 0).
            var cache = CacheWithSpoke(folder, "V1$1");
            var caller = folder.Write("estate/main.bicep", RegistryModuleFixtures.Caller(Reference.Replace(":1.0.0", ":V1")));
            folder.Write("estate/bicepconfig.json", RegistryModuleCache.ConfigFor(cache));

            var result = Run(caller, "--offline");

            AssertFindings(result, $"{caller}(4,1): error PEER102");
        }

        [Fact]
        public void Offline_a_module_missing_from_the_cache_is_one_note_naming_it_and_Bicep_is_not_asked()
        {
            using var folder = new TempFolder();
            var cache = folder.Combine("cache");
            Directory.CreateDirectory(cache);
            var caller = folder.Write("estate/main.bicep", RegistryModuleFixtures.Caller(Reference));
            folder.Write("estate/bicepconfig.json", RegistryModuleCache.ConfigFor(cache));

            // A Bicep that does not exist: the run must not need it, because the only file is not compiled.
            var result = CliRun.Run(new ArmTemplateSetAnalyzer(), Path.GetTempPath(), caller, "--offline", "--bicep", folder.Combine("no-such-bicep"));

            Assert.True(result.ExitCode == 0, result.ToString());
            var expectedFolder = Path.Combine(cache, "br", RegistryModuleFixtures.Registry, "network$spoke", "1.0.0$");
            Assert.Equal(
                $"{caller}(4,1): info PEER902: main.bicep uses the registry module '{Reference}', which is not in the local module cache ({expectedFolder}); offline, nothing is downloaded, so the file is not checked.",
                result.Output.Split('\n')[0].Split(" [")[0]);
            AssertFindings(result, $"{caller}(4,1): info PEER902");
        }

        [Fact]
        public void A_module_cache_given_to_the_run_serves_a_file_whose_bicepconfig_json_names_none()
        {
            using var folder = new TempFolder();
            CacheWithSpoke(folder, "1.0.0$");
            var caller = folder.Write("estate/main.bicep", RegistryModuleFixtures.Caller(Reference));

            // Relative to the current folder, as a user types it; Bicep itself would take no relative cache folder.
            var result = CliRun.Run(new ArmTemplateSetAnalyzer(), folder.Path, caller, "--module-cache", "cache", "--bicep", BicepTool.Executable);

            Assert.True(result.ExitCode == 1, result.ToString());
            AssertFindings(result, $"{caller}(4,1): error PEER102");
            Assert.True(File.Exists(Path.Combine(folder.Combine("cache"), "br", RegistryModuleFixtures.Registry, "network$spoke", "1.0.0$", "main.json")), "the run's temporary home must not take the cache with it");
        }

        [Fact]
        public void A_module_cache_in_the_configuration_file_is_relative_to_it_and_downloads_nothing()
        {
            using var folder = new TempFolder();
            CacheWithSpoke(folder, "1.0.0$");
            folder.Write("estate/peering-check.json", """{ "moduleCache": "../cache" }""");
            var caller = folder.Write("estate/main.bicep", RegistryModuleFixtures.Caller(Reference));
            var missing = folder.Write("estate/other.bicep", RegistryModuleFixtures.Caller(Reference.Replace(":1.0.0", ":2.0.0")));

            var result = Run(folder.Combine("estate"));

            Assert.True(result.ExitCode == 1, result.ToString());
            AssertFindings(result, $"{caller}(4,1): error PEER102", $"{missing}(4,1): info PEER902");
            Assert.Contains("offline, nothing is downloaded", result.Output);
        }

        [Fact]
        public void A_module_cache_that_is_not_a_folder_stops_the_run()
        {
            using var folder = new TempFolder();
            var caller = folder.Write("estate/main.bicep", RegistryModuleFixtures.Caller(Reference));

            var result = Run(caller, "--module-cache", folder.Combine("no-such-cache"));

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("The module cache " + folder.Combine("no-such-cache") + " is not a folder.", result.Error);
        }

        [Fact]
        public void Offline_in_the_configuration_file_is_the_same_as_the_option()
        {
            using var folder = new TempFolder();
            folder.Write("estate/peering-check.json", """{ "offline": true }""");
            folder.Write("estate/bicepconfig.json", RegistryModuleCache.ConfigFor(folder.Combine("empty-cache")));
            var caller = folder.Write("estate/main.bicep", RegistryModuleFixtures.Caller(Reference));

            var result = CliRun.Run(new ArmTemplateSetAnalyzer(), Path.GetTempPath(), folder.Combine("estate"), "--bicep", folder.Combine("no-such-bicep"));

            Assert.True(result.ExitCode == 0, result.ToString());
            AssertFindings(result, $"{caller}(4,1): info PEER902");
            Assert.Contains("offline, nothing is downloaded", result.Output);
        }

        [Fact]
        public void Offline_a_module_missing_deeper_in_a_local_module_is_noted_at_the_caller_s_module_line()
        {
            using var folder = new TempFolder();
            folder.Write("estate/bicepconfig.json", RegistryModuleCache.ConfigFor(folder.Combine("empty-cache")));
            folder.Write("estate/modules/spokes.bicep", RegistryModuleFixtures.Caller("br/public:avm/res/network/virtual-network:0.5.0"));
            var main = folder.Write("estate/main.bicep", "// Spokes of the estate.\nmodule spokes 'modules/spokes.bicep' = {\n  name: 'spokes'\n}\n");
            var other = folder.Write("estate/other.bicep", RegistryModuleFixtures.LocalMistake);

            var result = Run(main, other, "--offline");

            AssertFindings(result, $"{main}(2,1): info PEER902", $"{other}(1,1): error PEER102");
            Assert.Contains("main.bicep uses the registry module 'br/public:avm/res/network/virtual-network:0.5.0', which is not in the local module cache", result.Output);
        }

        [Fact]
        public void Without_network_an_uncached_public_module_is_a_note_for_its_file_and_the_other_files_are_checked()
        {
            // The project's machines reach no registry but NuGet's, npm's and Debian's: Bicep's restore from MCR fails.
            using var folder = new TempFolder();
            folder.Write("estate/bicepconfig.json", RegistryModuleCache.ConfigFor(folder.Combine("empty-cache")));
            var avm = folder.Write("estate/avm.bicep", RegistryModuleFixtures.Caller("br/public:avm/res/network/virtual-network:0.5.0"));
            var other = folder.Write("estate/other.bicep", RegistryModuleFixtures.LocalMistake);

            var clock = Stopwatch.StartNew();
            var result = Run(folder.Combine("estate"));

            Assert.True(result.ExitCode == 1, result.ToString());
            AssertFindings(result, $"{avm}(4,14): info PEER902", $"{other}(1,1): error PEER102");
            Assert.Contains("avm.bicep is not checked: Bicep could not restore a registry module it uses (BCP192: Unable to restore the artifact with reference \"br:mcr.microsoft.com/bicep/avm/res/network/virtual-network:0.5.0\"", result.Output);
            // Bicep's own retries take about 12 s; far from the 2 minutes a stalled call used to cost.
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), clock.Elapsed.ToString());
        }

        [Fact]
        public void A_module_that_cannot_be_restored_deeper_in_a_local_module_is_noted_at_the_caller_s_module_line()
        {
            using var folder = new TempFolder();
            folder.Write("estate/bicepconfig.json", RegistryModuleCache.ConfigFor(folder.Combine("empty-cache")));
            folder.Write("estate/modules/spokes.bicep", RegistryModuleFixtures.Caller(Reference));
            var main = folder.Write("estate/main.bicep", "// Spokes of the estate.\nmodule spokes 'modules/spokes.bicep' = {\n  name: 'spokes'\n}\n");
            // A proxy that refuses: the registry cannot be reached, at once.
            var compiler = new BicepBatchCompiler(() => BicepTool.Executable, 4, TimeSpan.FromSeconds(60), start => start.Environment["HTTPS_PROXY"] = "http://127.0.0.1:9");

            var result = compiler.Compile(new[] { main }, Array.Empty<string>(), new SuppressionSet());

            Assert.Empty(result.Documents);
            var note = Assert.Single(result.Findings);
            Assert.Same(RuleCatalogue.PEER902, note.Rule);
            Assert.Equal(new SourceLocation(main, 2, 15), note.Location);
            Assert.StartsWith($"main.bicep is not checked: Bicep could not restore a registry module it uses (BCP192: Unable to restore the artifact with reference \"{Reference}\"", note.Message);
        }

        [Fact]
        public void A_registry_that_never_answers_is_given_up_after_the_restore_timeout_and_the_other_files_are_checked()
        {
            using var folder = new TempFolder();
            using var proxy = new BlackHoleProxy();
            folder.Write("estate/bicepconfig.json", RegistryModuleCache.ConfigFor(folder.Combine("empty-cache")));
            var caller = folder.Write("estate/main.bicep", RegistryModuleFixtures.Caller(Reference));
            var other = folder.Write("estate/other.bicep", RegistryModuleFixtures.LocalMistake);
            var compiler = new BicepBatchCompiler(() => BicepTool.Executable, 4, TimeSpan.FromSeconds(3), start => start.Environment["HTTPS_PROXY"] = proxy.Url);

            var clock = Stopwatch.StartNew();
            var result = compiler.Compile(new[] { caller, other }, Array.Empty<string>(), new SuppressionSet());

            Assert.True(proxy.Connections > 0, "Bicep did not try the registry through the user's proxy.");
            Assert.Equal(new[] { other }, result.Documents.Select(d => d.Path));
            var note = Assert.Single(result.Findings);
            Assert.Same(RuleCatalogue.PEER902, note.Rule);
            Assert.Equal(new SourceLocation(caller, 4), note.Location);
            Assert.Equal($"main.bicep uses the registry module '{Reference}', which Bicep did not restore within 3 seconds (its registry did not answer), so the file is not checked.", note.Message);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), clock.Elapsed.ToString());
        }

        [Fact]
        public void A_cached_template_spec_compiles_and_its_linked_template_is_counted_at_the_module_line()
        {
            // Bicep deploys a template spec module by its id (templateLink.id) instead of inlining it, so its resources
            // are not read: the linked template is counted among the values not evaluated, at the module line.
            using var folder = new TempFolder();
            var cache = folder.Combine("cache");
            RegistryModuleCache.WriteTemplateSpec(cache, "00000000-0000-0000-0000-000000000001", "network-rg", "spoke", "1.0", CompiledSpokeModule(folder));
            var caller = folder.Write("estate/main.bicep", RegistryModuleFixtures.Caller("ts:00000000-0000-0000-0000-000000000001/network-rg/spoke:1.0"));
            folder.Write("estate/bicepconfig.json", RegistryModuleCache.ConfigFor(cache));

            var result = Run(caller, "--offline", "--format", "json");

            Assert.True(result.ExitCode == 0, result.ToString());
            using var report = System.Text.Json.JsonDocument.Parse(result.Output);
            Assert.Empty(report.RootElement.GetProperty("findings").EnumerateArray());
            var counted = Assert.Single(report.RootElement.GetProperty("notEvaluated").EnumerateArray());
            Assert.Contains("(templateLink.id, a template spec, not fetched)", counted.GetProperty("construct").GetString());
            Assert.Equal(caller, counted.GetProperty("file").GetString());
            Assert.Equal(4, counted.GetProperty("line").GetInt32());
        }

        [Fact]
        public void A_bicepparam_file_for_a_registry_template_is_checked_and_reported_at_its_using_line()
        {
            using var folder = new TempFolder();
            var cache = CacheWithSpoke(folder, "1.0.0$");
            folder.Write("estate/bicepconfig.json", RegistryModuleCache.ConfigFor(cache));
            var parameters = folder.Write("estate/spoke.bicepparam", $"// The spoke, from the registry.\nusing '{Reference}'\n\nparam name = 'spoke'\nparam prefix = '10.1.0.0/16'\nparam hubId = '/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/virtualNetworks/hub'\n");

            var result = Run(parameters, "--offline");

            AssertFindings(result, $"{parameters}(2,1): error PEER102");
        }

        [Fact]
        public void A_relative_cache_root_which_Bicep_refuses_is_Bicep_s_error_for_the_file_not_a_failed_run()
        {
            using var folder = new TempFolder();
            var caller = folder.Write("estate/main.bicep", RegistryModuleFixtures.Caller(Reference));
            folder.Write("estate/bicepconfig.json", """{ "cacheRootDirectory": "module-cache" }""");
            var other = folder.Write("estate/other.bicep", RegistryModuleFixtures.LocalMistake);

            var result = Run(caller, other, "--offline");

            AssertFindings(result, $"{caller}(1,1): error PEER901", $"{other}(1,1): error PEER102");
            Assert.Contains("File path must be absolute", result.Output);
        }

        /// <summary>A module cache holding the spoke module, compiled by the real Bicep, under <paramref name="tagFolder"/>.</summary>
        private static string CacheWithSpoke(TempFolder folder, string tagFolder)
        {
            var cache = folder.Combine("cache");
            RegistryModuleCache.WriteModule(cache, RegistryModuleFixtures.Registry, RegistryModuleFixtures.Repository, tagFolder, CompiledSpokeModule(folder));
            return cache;
        }

        private static string CompiledSpokeModule(TempFolder folder)
        {
            var source = folder.Write("module-source/spoke.bicep", RegistryModuleFixtures.SpokeModule);
            return BicepTool.Compiler().Compile(new[] { source }, Array.Empty<string>(), new SuppressionSet()).Documents.Single().JsonText;
        }

        private static CliResult Run(params string[] args) =>
            CliRun.Run(new ArmTemplateSetAnalyzer(), Path.GetTempPath(), args.Concat(new[] { "--bicep", BicepTool.Executable }).ToArray());

        /// <summary>The run reported exactly these findings, each as "file(line,col): severity RULE", in report order.</summary>
        private static void AssertFindings(CliResult result, params string[] expected)
        {
            var reported = Regex.Matches(result.Output, @"^(?<at>\S.*?\(\d+,\d+\): (error|warning|info) PEER\d{3})", RegexOptions.Multiline).Select(m => m.Groups["at"].Value);
            Assert.True(expected.SequenceEqual(reported), "Expected:\n" + string.Join("\n", expected) + "\n" + result);
        }
    }
}
