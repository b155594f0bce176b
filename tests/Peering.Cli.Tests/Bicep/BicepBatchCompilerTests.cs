using System.IO;
using System.Linq;
using Peering.Cli.Tests.Infrastructure;
using Peering.Rules.Catalogue;
using Peering.Templates;
using Peering.Templates.Bicep;

namespace Peering.Cli.Tests.Bicep
{
    /// <summary>The Bicep front end through the real Bicep CLI, restored from NuGet as the tool restores it.</summary>
    public sealed class BicepBatchCompilerTests
    {
        [Fact]
        public void A_batch_compiles_every_file_and_reports_the_one_that_does_not_compile()
        {
            using var folder = new TempFolder();
            var hub = WriteHub(folder);
            var decorated = folder.Write("decorated.bicep", BicepFixtures.Decorated);
            var broken = folder.Write("broken.bicep", BicepFixtures.Broken);

            var result = BicepTool.Compiler().Compile(new[] { hub, broken, decorated }, new string[0], new SuppressionSet());

            Assert.Equal(new[] { hub, decorated }, result.Documents.Select(d => d.Path));
            Assert.All(result.Documents, d => Assert.Contains("deploymentTemplate.json", d.JsonText));
            var finding = Assert.Single(result.Findings);
            Assert.Same(RuleCatalogue.PEER901, finding.Rule);
            Assert.Equal(RuleSeverity.Error, finding.Severity);
            Assert.Equal(new SourceLocation(broken, 2, 17), finding.Location);
            Assert.StartsWith("Bicep cannot compile broken.bicep: BCP068: Expected a resource type string.", finding.Message);
            Assert.EndsWith("(and 3 more errors).", finding.Message);
        }

        [Fact]
        public void Resources_are_placed_at_their_declarations_including_nested_children_loops_and_modules()
        {
            using var folder = new TempFolder();
            var hub = WriteHub(folder);

            var document = BicepTool.Compiler().Compile(new[] { hub }, new string[0], new SuppressionSet()).Documents.Single();

            Assert.Equal(new SourceLocation(hub, 3), Locate(document, "\"name\": \"hub\""));
            Assert.Equal(new SourceLocation(hub, 10, 3), Locate(document, "'hub', 'to-spoke')]\""));
            Assert.Equal(new SourceLocation(hub, 19), Locate(document, "copyIndex()"));
            Assert.Equal(new SourceLocation(hub, 24), Locate(document, "\"name\": \"spoke-deployment\""));
            // A resource of the module's nested template is reported at the module declaration.
            Assert.Equal(new SourceLocation(hub, 24), Locate(document, "\"name\": \"spoke\""));
        }

        [Fact]
        public void Symbolic_name_templates_are_placed_by_name()
        {
            using var folder = new TempFolder();
            folder.Write("bicepconfig.json", """{ "experimentalFeaturesEnabled": { "symbolicNameCodegen": true } }""");
            var hub = WriteHub(folder);

            var document = BicepTool.Compiler().Compile(new[] { hub }, new string[0], new SuppressionSet()).Documents.Single();

            Assert.Contains("\"hub::toSpoke\"", document.JsonText);
            Assert.Equal(new SourceLocation(hub, 10, 3), Locate(document, "'hub', 'to-spoke')]\""));
            Assert.Equal(new SourceLocation(hub, 19), Locate(document, "copyIndex()"));
            Assert.Equal(new SourceLocation(hub, 3), Locate(document, "\"name\": \"hub\""));
        }

        [Fact]
        public void Existing_resources_and_decorators_do_not_shift_the_placement()
        {
            using var folder = new TempFolder();
            var decorated = folder.Write("decorated.bicep", BicepFixtures.Decorated);

            var document = BicepTool.Compiler().Compile(new[] { decorated }, new string[0], new SuppressionSet()).Documents.Single();

            Assert.Equal(new SourceLocation(decorated, 7), Locate(document, "'old', 'from-old')]\""));
        }

        [Fact]
        public void Disable_next_line_comments_suppress_the_named_rules_at_the_declaration()
        {
            using var folder = new TempFolder();
            var hub = WriteHub(folder);
            var decorated = folder.Write("decorated.bicep", BicepFixtures.Decorated);
            var suppressions = new SuppressionSet();

            var result = BicepTool.Compiler().Compile(new[] { hub, decorated }, new string[0], suppressions);

            Assert.Empty(result.Findings);
            Assert.Equal(3, suppressions.Count);
            Assert.True(suppressions.IsSuppressed(At(RuleCatalogue.PEER301, hub, 10)));
            Assert.True(suppressions.IsSuppressed(At(RuleCatalogue.PEER102, hub, 10)));
            Assert.False(suppressions.IsSuppressed(At(RuleCatalogue.PEER303, hub, 10)));
            Assert.False(suppressions.IsSuppressed(At(RuleCatalogue.PEER301, hub, 3)));
            Assert.True(suppressions.IsSuppressed(At(RuleCatalogue.PEER303, decorated, 7)));
        }

        [Fact]
        public void A_bicepparam_file_gives_its_template_with_its_parameters_in_place_of_the_plain_template()
        {
            using var folder = new TempFolder();
            var hub = WriteHub(folder);
            var parameters = folder.Write("hub.bicepparam", BicepFixtures.HubParameters);

            var document = BicepTool.Compiler().Compile(new[] { hub }, new[] { parameters }, new SuppressionSet()).Documents.Single();

            Assert.Equal(hub, document.Path);
            Assert.Equal(parameters, document.ParametersPath);
            Assert.Contains("\"northeurope\"", document.ParametersJsonText);
            Assert.Equal(new SourceLocation(hub, 10, 3), Locate(document, "'hub', 'to-spoke')]\""));
        }

        [Fact]
        public void A_bicepparam_file_in_another_folder_reports_its_template_by_the_run_s_own_path()
        {
            using var folder = new TempFolder();
            var hub = WriteHub(folder);
            var parameters = folder.Write("environments/prod.bicepparam", "using '../hub.bicep'\nparam location = 'northeurope'\n");
            var hubOutsideTheRun = folder.Combine("environments/../hub.bicep");

            var inRun = BicepTool.Compiler().Compile(new[] { hub }, new[] { parameters }, new SuppressionSet());
            var alone = BicepTool.Compiler().Compile(new string[0], new[] { parameters }, new SuppressionSet());

            Assert.Equal(hub, Assert.Single(inRun.Documents).Path);
            Assert.Equal(Path.GetFullPath(hubOutsideTheRun), Assert.Single(alone.Documents).Path);
        }

        [Fact]
        public void A_module_of_another_file_of_the_run_is_checked_only_through_that_file()
        {
            using var folder = new TempFolder();
            var hub = WriteHub(folder);
            var module = folder.Combine("modules/spoke.bicep");

            var withParent = BicepTool.Compiler().Compile(new[] { hub, module }, new string[0], new SuppressionSet());
            var alone = BicepTool.Compiler().Compile(new[] { module }, new string[0], new SuppressionSet());

            Assert.Equal(new[] { hub }, withParent.Documents.Select(d => d.Path));
            Assert.Equal(new[] { module }, alone.Documents.Select(d => d.Path));
        }

        [Fact]
        public void A_broken_module_is_reported_in_its_own_file_and_at_the_module_declaration()
        {
            using var folder = new TempFolder();
            var hub = WriteHub(folder);
            var module = folder.Write("modules/spoke.bicep", BicepFixtures.Broken);

            var result = BicepTool.Compiler().Compile(new[] { hub, module }, new string[0], new SuppressionSet());

            Assert.Empty(result.Documents);
            Assert.Equal(
                new[] { new SourceLocation(hub, 24, 14), new SourceLocation(module, 2, 17) },
                result.Findings.Select(f => f.Location));
            Assert.Contains("BCP104", result.Findings[0].Message);
        }

        [Fact]
        public void A_bicepparam_file_without_a_local_template_gives_nothing_to_check()
        {
            using var folder = new TempFolder();
            var parameters = folder.Write("shared.bicepparam", "using none\n\nparam location = 'westeurope'\n");

            var result = BicepTool.Compiler().Compile(new string[0], new[] { parameters }, new SuppressionSet());

            Assert.Empty(result.Documents);
            Assert.Empty(result.Findings);
        }

        [Fact]
        public void A_file_Bicep_cannot_open_is_reported_and_the_others_still_run()
        {
            using var folder = new TempFolder();
            var hub = WriteHub(folder);
            var missing = folder.Combine("missing.bicep");

            var result = BicepTool.Compiler().Compile(new[] { missing, hub }, new string[0], new SuppressionSet());

            Assert.Equal(new[] { hub }, result.Documents.Select(d => d.Path));
            var finding = Assert.Single(result.Findings);
            Assert.Equal(new SourceLocation(missing, 1), finding.Location);
            Assert.Contains("missing.bicep", finding.Message);
        }

        [Fact]
        public void No_Bicep_file_means_no_Bicep_CLI_is_looked_for()
        {
            var compiler = new BicepBatchCompiler(() => throw new BicepUnavailableException("must not be called"));

            var result = compiler.Compile(new string[0], new string[0], new SuppressionSet());

            Assert.Empty(result.Documents);
        }

        private static string WriteHub(TempFolder folder)
        {
            folder.Write("modules/spoke.bicep", BicepFixtures.SpokeModule);
            return folder.Write("hub.bicep", BicepFixtures.Hub);
        }

        /// <summary>Where the document places the resource whose JSON contains <paramref name="marker"/> (the line the ARM reader would pass).</summary>
        private static SourceLocation? Locate(TemplateDocument document, string marker)
        {
            var lines = document.JsonText.Split('\n');
            var line = System.Array.FindIndex(lines, l => l.Contains(marker)) + 1;
            Assert.True(line > 0, "Not in the compiled template: " + marker + "\n" + document.JsonText);
            return document.LocateResource!(new ResourceOrigin(null, "Microsoft.Network/virtualNetworks", null, new SourceLocation(document.Path, line, 7)));
        }

        private static Peering.Rules.Checks.Finding At(RuleInfo rule, string path, int line) =>
            new Peering.Rules.Checks.Finding(rule, RuleSeverity.Error, "planted", new SourceLocation(path, line));
    }
}
