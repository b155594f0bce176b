using System.IO;
using System.Linq;
using Peering.Cli.Discovery;
using Peering.Cli.Running;
using Peering.Cli.Tests.Infrastructure;

namespace Peering.Cli.Tests.Discovery
{
    public sealed class InputDiscoveryTests
    {
        // Elsewhere than the searched folders, so paths are reported as found (absolute here).
        private static readonly string CurrentDirectory = Path.GetTempPath();

        [Fact]
        public void Folders_are_searched_recursively_for_templates_and_Bicep_files()
        {
            using var folder = new TempFolder();
            var hub = folder.Write("hub.json", SampleFiles.Template);
            var spoke = folder.Write("spokes/east/spoke.json", SampleFiles.Template);
            var bicep = folder.Write("spokes/west/west.bicep", "// Bicep");
            var bicepParameters = folder.Write("spokes/west/west.bicepparam", "using 'west.bicep'");
            folder.Write("package.json", SampleFiles.OtherJson);
            folder.Write("notes.txt", "not a template");

            var inputs = Discover(folder.Path);

            Assert.Equal(new[] { hub, spoke }.OrderBy(p => p), inputs.JsonTemplates.Select(t => t.Path).OrderBy(p => p));
            Assert.Equal(new[] { bicep }, inputs.BicepFiles);
            Assert.Equal(new[] { bicepParameters }, inputs.BicepParameterFiles);
        }

        [Theory]
        [InlineData("bin")]
        [InlineData("obj")]
        [InlineData("node_modules")]
        [InlineData(".git")]
        public void Build_and_tool_folders_are_skipped(string skipped)
        {
            using var folder = new TempFolder();
            var kept = folder.Write("main.bicep", "// Bicep");
            folder.Write(skipped + "/copy.bicep", "// Bicep");
            folder.Write("nested/" + skipped + "/copy.json", SampleFiles.Template);

            var inputs = Discover(folder.Path);

            Assert.Equal(new[] { kept }, inputs.BicepFiles);
            Assert.Empty(inputs.JsonTemplates);
        }

        [Fact]
        public void A_parameter_file_goes_with_the_template_of_the_same_name_only()
        {
            using var folder = new TempFolder();
            var main = folder.Write("main.json", SampleFiles.Template);
            var parameters = folder.Write("main.parameters.json", SampleFiles.Parameters);
            folder.Write("main.parameters.dev.json", SampleFiles.Parameters);
            var other = folder.Write("other.json", SampleFiles.Template);

            var inputs = Discover(folder.Path);

            Assert.Equal(2, inputs.JsonTemplates.Count);
            Assert.Equal(parameters, inputs.JsonTemplates.Single(t => t.Path == main).ParametersPath);
            Assert.Null(inputs.JsonTemplates.Single(t => t.Path == other).ParametersPath);
        }

        [Fact]
        public void A_template_named_alone_still_gets_the_parameter_file_beside_it()
        {
            using var folder = new TempFolder();
            var main = folder.Write("main.json", SampleFiles.Template);
            var parameters = folder.Write("main.parameters.json", SampleFiles.Parameters);

            var inputs = InputDiscovery.Discover(new[] { main }, new string[0], new string[0], CurrentDirectory);

            Assert.Equal(parameters, inputs.JsonTemplates.Single().ParametersPath);
        }

        [Fact]
        public void A_parameter_file_named_with_its_template_goes_with_it_and_named_alone_stops_the_run()
        {
            using var folder = new TempFolder();
            var main = folder.Write("main.json", SampleFiles.Template);
            var parameters = folder.Write("main.parameters.json", SampleFiles.Parameters);

            var inputs = InputDiscovery.Discover(new[] { parameters, main }, new string[0], new string[0], CurrentDirectory);
            var alone = Assert.Throws<CheckFailedException>(() => InputDiscovery.Discover(new[] { parameters }, new string[0], new string[0], CurrentDirectory));

            Assert.Equal(parameters, inputs.JsonTemplates.Single().ParametersPath);
            Assert.StartsWith(parameters + " is a parameter file without its template in this run", alone.Message);
        }

        [Fact]
        public void An_explicit_parameter_file_replaces_the_conventional_one()
        {
            using var folder = new TempFolder();
            folder.Write("main.json", SampleFiles.Template);
            folder.Write("main.parameters.json", SampleFiles.Parameters);
            var dev = folder.Write("main.parameters.dev.json", SampleFiles.Parameters);

            var inputs = InputDiscovery.Discover(new[] { folder.Path }, new[] { dev }, new string[0], CurrentDirectory);

            Assert.Equal(dev, inputs.JsonTemplates.Single().ParametersPath);
        }

        [Fact]
        public void With_several_templates_an_explicit_parameter_file_names_its_template()
        {
            using var folder = new TempFolder();
            var hub = folder.Write("hub.json", SampleFiles.Template);
            var spoke = folder.Write("spoke.json", SampleFiles.Template);
            var parameters = folder.Write("env/prod.json", SampleFiles.Parameters);

            var ambiguous = Assert.Throws<CheckFailedException>(() => InputDiscovery.Discover(new[] { hub, spoke }, new[] { parameters }, new string[0], CurrentDirectory));
            var inputs = InputDiscovery.Discover(new[] { hub, spoke }, new[] { spoke + "=" + parameters }, new string[0], CurrentDirectory);

            Assert.Contains("is ambiguous: the run has 2 JSON templates", ambiguous.Message);
            Assert.Equal(parameters, inputs.JsonTemplates.Single(t => t.Path == spoke).ParametersPath);
            Assert.Null(inputs.JsonTemplates.Single(t => t.Path == hub).ParametersPath);
        }

        [Fact]
        public void Configured_exclusions_leave_out_files_and_whole_folders()
        {
            using var folder = new TempFolder();
            var kept = folder.Write("live/main.bicep", "// Bicep");
            folder.Write("legacy/old.bicep", "// Bicep");
            folder.Write("legacy/deep/old.json", SampleFiles.Template);
            folder.Write("live/main.old.json", SampleFiles.Template);

            var inputs = InputDiscovery.Discover(new[] { folder.Path }, new string[0], new[] { "legacy", "**/*.old.json" }, CurrentDirectory);

            Assert.Equal(new[] { kept }, inputs.BicepFiles);
            Assert.Empty(inputs.JsonTemplates);
        }

        [Fact]
        public void A_broken_template_in_a_folder_is_still_found_by_its_schema()
        {
            using var folder = new TempFolder();
            var broken = folder.Write("broken.json", SampleFiles.BrokenTemplate);
            folder.Write("broken-other.json", "{ \"name\": ");

            var inputs = Discover(folder.Path);

            Assert.Equal(new[] { broken }, inputs.JsonTemplates.Select(t => t.Path));
        }

        [Fact]
        public void A_file_named_on_the_command_line_is_a_template_even_when_empty()
        {
            using var folder = new TempFolder();
            var empty = folder.Write("empty.json", string.Empty);

            var inputs = InputDiscovery.Discover(new[] { empty }, new string[0], new string[0], CurrentDirectory);

            Assert.Equal(new[] { empty }, inputs.JsonTemplates.Select(t => t.Path));
        }

        [Fact]
        public void Files_in_the_current_folder_are_reported_relative_to_it()
        {
            using var folder = new TempFolder();
            folder.Write("infra/main.bicep", "// Bicep");

            var inputs = InputDiscovery.Discover(new string[0], new string[0], new string[0], folder.Path);

            Assert.Equal(new[] { Path.Combine("infra", "main.bicep") }, inputs.BicepFiles);
        }

        [Fact]
        public void A_folder_without_templates_gives_no_inputs()
        {
            using var folder = new TempFolder();
            folder.Write("package.json", SampleFiles.OtherJson);

            Assert.Equal(0, Discover(folder.Path).Count);
        }

        [Fact]
        public void A_path_that_does_not_exist_stops_the_run()
        {
            using var folder = new TempFolder();

            var failure = Assert.Throws<CheckFailedException>(() => Discover(folder.Combine("missing")));

            Assert.Equal("No such file or folder: " + folder.Combine("missing") + ".", failure.Message);
        }

        [Fact]
        public void A_named_file_that_is_not_a_template_stops_the_run()
        {
            using var folder = new TempFolder();
            var text = folder.Write("readme.md", "# infra");

            var failure = Assert.Throws<CheckFailedException>(() => Discover(text));

            Assert.Equal(text + " is not a template: expected a .json, .bicep, .bicepparam, .tf, .tf.json or .tfvars file.", failure.Message);
        }

        [Fact]
        public void A_file_that_cannot_be_read_stops_the_run()
        {
            // A dangling link is listed by the folder but cannot be opened, for root too (chmod 000 does not stop root).
            using var folder = new TempFolder();
            File.CreateSymbolicLink(folder.Combine("gone.json"), folder.Combine("nowhere.json"));

            var failure = Assert.Throws<CheckFailedException>(() => Discover(folder.Path));

            Assert.StartsWith("Cannot read " + folder.Combine("gone.json") + ":", failure.Message);
        }

        [Fact]
        public void Policy_definitions_that_deploy_a_template_are_found_and_other_policy_JSON_is_not()
        {
            const string deploys = """
                "then": { "effect": "deployIfNotExists", "details": { "type": "Microsoft.Network/virtualNetworks",
                  "deployment": { "properties": { "mode": "incremental", "template": { "resources": [] } } } } }
                """;
            using var folder = new TempFolder();
            var definition = folder.Write("policyDefinitions/Deploy-Spoke.json", "{ \"name\": \"Deploy-Spoke\", \"type\": \"Microsoft.Authorization/policyDefinitions\", \"properties\": { \"policyRule\": { \"if\": {}, " + deploys + " } } }");
            var bare = folder.Write("policyDefinitions/bare.json", "{ \"properties\": { \"policyRule\": { \"if\": {}, " + deploys + " } } }");
            var rule = folder.Write("rules/azurepolicy.rules.json", "{ \"if\": { \"field\": \"type\", \"equals\": \"x\" }, " + deploys + " }");
            folder.Write("policyDefinitions/Audit-Only.json", """{ "properties": { "policyRule": { "if": {}, "then": { "effect": "audit" } } } }""");
            folder.Write("policyAssignments/assign.json", """{ "properties": { "policyDefinitionId": "/providers/Microsoft.Authorization/policyDefinitions/Deploy-Spoke", "parameters": {} } }""");
            folder.Write("policySetDefinitions/set.json", """{ "properties": { "policyDefinitions": [ { "policyDefinitionId": "x" } ] } }""");
            folder.Write("settings.json", """{ "then": { "details": { "deployment": { "properties": { "template": {} } } } } }""");
            folder.Write("package.json", SampleFiles.OtherJson);

            var inputs = Discover(folder.Path);

            Assert.Equal(new[] { bare, definition, rule }.OrderBy(p => p), inputs.JsonTemplates.Select(t => t.Path).OrderBy(p => p));
        }

        private static DiscoveredInputs Discover(string path) =>
            InputDiscovery.Discover(new[] { path }, new string[0], new string[0], CurrentDirectory);
    }
}
