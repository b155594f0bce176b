using System.Linq;
using Peering.Rules.Model;
using Peering.Templates.Tests.Infrastructure;

namespace Peering.Templates.Tests.Arm
{
    /// <summary>A run: several files and their parameter files form one topology; broken files are reported, not fatal.</summary>
    public class RunTests
    {
        private const string HubTemplate = """
        [ { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "hub", "location": "westeurope",
            "properties": { "addressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] } } } ]
        """;

        private const string SpokeTemplate = """
        [
          { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "[parameters('spokeName')]", "location": "[parameters('location')]",
            "properties": { "addressSpace": { "addressPrefixes": [ "[parameters('prefix')]" ] } } },
          { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "[format('{0}/{0}-to-hub', parameters('spokeName'))]",
            "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'hub')]" }, "useRemoteGateways": false } }
        ]
        """;

        private const string SpokeParameters = """
        { "spokeName": { "type": "string", "defaultValue": "spoke" }, "location": { "type": "string", "defaultValue": "[resourceGroup().location]" }, "prefix": { "type": "string" } }
        """;

        /// <summary>
        /// <paramref name="resources"/> deployed by a nested deployment to resource group 'rg-hub' of subscription '0000': a
        /// place that every file naming it names alike.
        /// </summary>
        private static string DeployedToHubGroup(string resources) => $$"""
            [ { "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "hub", "subscriptionId": "0000", "resourceGroup": "rg-hub",
                "properties": { "mode": "Incremental", "template": { "$schema": "{{TemplateRun.Schema}}", "contentVersion": "1.0.0.0", "resources":
            {{resources}} } } } ]
            """;

        [Fact]
        public void A_vnet_declared_in_one_file_is_the_remote_named_by_id_in_another()
        {
            var result = TemplateRun.Analyze(
                new TemplateDocument("spoke.json", TemplateRun.Template(SpokeTemplate, SpokeParameters)),
                new TemplateDocument("hub.json", TemplateRun.Template(HubTemplate)));

            var hub = result.Network("hub");
            Assert.True(hub.IsDefined);
            Assert.Same(hub, result.Peering("spoke-to-hub").RemoteNetwork);
            Assert.Equal(2, result.Topology.Networks.Count);
        }

        [Fact]
        public void Defaults_apply_without_a_parameter_file_and_unknown_stays_unknown()
        {
            var result = TemplateRun.Analyze(new TemplateDocument("spoke.json", TemplateRun.Template(SpokeTemplate, SpokeParameters)));

            var spoke = result.Network("spoke");
            Assert.Equal(FactState.Unknown, spoke.Location.State);
            Assert.Equal(FactState.Unknown, spoke.AddressPrefixes.State);
        }

        [Fact]
        public void A_parameter_file_overrides_defaults()
        {
            var document = new TemplateDocument("spoke.json", TemplateRun.Template(SpokeTemplate, SpokeParameters))
            {
                ParametersPath = "spoke.parameters.json",
                ParametersJsonText = """
                {
                  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
                  "contentVersion": "1.0.0.0",
                  "parameters": {
                    "spokeName": { "value": "spoke-prod" },
                    "location": { "value": "North Europe" },
                    "prefix": { "value": "10.5.0.0/16" }
                  }
                }
                """,
            };
            var result = TemplateRun.Analyze(document);

            var spoke = result.Network("spoke-prod");
            Assert.True(spoke.Location.Is("northeurope"));
            Assert.Equal("10.5.0.0/16", Assert.Single(spoke.AddressPrefixes.Value).Prefix.Text);
            Assert.Same(spoke, result.Peering("spoke-prod-to-hub").Parent);
        }

        [Fact]
        public void A_key_vault_reference_in_a_parameter_file_is_unknown()
        {
            var document = new TemplateDocument("spoke.json", TemplateRun.Template(SpokeTemplate, SpokeParameters))
            {
                ParametersPath = "spoke.parameters.json",
                ParametersJsonText = """{ "parameters": { "prefix": { "reference": { "keyVault": { "id": "/subscriptions/1/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv" }, "secretName": "p" } } } }""",
            };
            var result = TemplateRun.Analyze(document);

            Assert.Equal(FactState.Unknown, result.Network("spoke").AddressPrefixes.State);
        }

        [Fact]
        public void The_same_vnet_declared_twice_with_other_prefixes_is_an_address_space_change()
        {
            const string resized = """
            [ { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "hub", "location": "westeurope",
                "properties": { "addressSpace": { "addressPrefixes": [ "10.0.0.0/16", "10.10.0.0/16" ] } } } ]
            """;
            // Both files name the subscription and resource group: only then are two files' declarations one VNet.
            var result = TemplateRun.Analyze(
                new TemplateDocument("a.json", TemplateRun.Template(DeployedToHubGroup(HubTemplate))),
                new TemplateDocument("b.json", TemplateRun.Template(DeployedToHubGroup(resized))));

            var change = Assert.Single(result.Topology.AddressSpaceChanges);
            Assert.Same(result.Network("hub"), change.Network);
            Assert.Equal("adds 10.10.0.0/16", change.Description);
            Assert.Equal("b.json", ((SourceLocation)change.Source!).Path);
            Assert.False(change.FollowedBySync);
            Assert.Single(result.Topology.Networks);
        }

        [Fact]
        public void Resizing_a_peered_vnet_in_a_later_file_is_reported_at_the_new_prefixes()
        {
            const string resized = """
            [ { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "hub", "location": "westeurope",
                "properties": { "addressSpace": { "addressPrefixes": [ "10.0.0.0/16", "10.10.0.0/16" ] } } } ]
            """;
            var parameters = """{ "parameters": { "prefix": { "value": "10.1.0.0/16" } } }""";
            var spokeOfHubGroup = SpokeTemplate.Replace("resourceId('Microsoft.Network/virtualNetworks', 'hub')", "resourceId('0000', 'rg-hub', 'Microsoft.Network/virtualNetworks', 'hub')");
            var result = TemplateRun.Analyze(
                new TemplateDocument("a.json", TemplateRun.Template(DeployedToHubGroup(HubTemplate))),
                new TemplateDocument("spoke.json", TemplateRun.Template(spokeOfHubGroup, SpokeParameters)) { ParametersJsonText = parameters },
                new TemplateDocument("b.json", TemplateRun.Template(DeployedToHubGroup(resized))));

            var finding = Assert.Single(result.Findings, f => f.Rule.Id == "PEER205");
            Assert.Equal(new SourceLocation("b.json", 9, 58), finding.Location);
            Assert.Contains("10.10.0.0/16", finding.Message);
        }

        [Fact]
        public void Invalid_json_is_reported_where_it_breaks_and_the_other_files_still_run()
        {
            var result = TemplateRun.Analyze(
                new TemplateDocument("broken.json", "{\n  \"$schema\": \"x\",\n  \"resources\": [ }\n}"),
                new TemplateDocument("hub.json", TemplateRun.Template(HubTemplate)));

            var finding = Assert.Single(result.Findings);
            Assert.Equal("PEER901", finding.Rule.Id);
            Assert.Equal(new SourceLocation("broken.json", 3, 18), finding.Location);
            Assert.StartsWith("'broken.json' is not valid JSON: ", finding.Message);
            Assert.True(result.Network("hub").IsDefined);
        }

        [Theory]
        [InlineData("")]
        [InlineData("{ \"a\": 1 } { }")]
        [InlineData("{ \"$schema\": \"deploymentTemplate.json\", \"bad\": \"\\ud800\" }")]
        public void Empty_or_trailing_text_is_invalid_json(string text)
        {
            var result = TemplateRun.Analyze(new TemplateDocument("bad.json", text));
            Assert.Equal("PEER901", Assert.Single(result.Findings).Rule.Id);
        }

        [Fact]
        public void An_invalid_parameter_file_is_reported_at_its_own_path()
        {
            var document = new TemplateDocument("spoke.json", TemplateRun.Template(SpokeTemplate, SpokeParameters))
            {
                ParametersPath = "spoke.parameters.json",
                ParametersJsonText = "{ \"parameters\": ",
            };
            var result = TemplateRun.Analyze(document);

            Assert.Equal("spoke.parameters.json", ((SourceLocation)Assert.Single(result.Findings, f => f.Rule.Id == "PEER901").Location!).Path);
            Assert.True(result.Network("spoke").IsDefined);
        }

        [Fact]
        public void Comments_and_trailing_commas_are_accepted()
        {
            const string template = """
            {
              // ARM accepts comments
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              /* and block comments */
              "resources": [
                { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "hub", "location": "westeurope", },
              ],
            }
            """;
            var result = TemplateRun.Analyze(template);

            Assert.Empty(result.Findings);
            Assert.True(result.Network("hub").IsDefined);
        }

        [Fact]
        public void Json_that_is_not_a_deployment_template_is_ignored()
        {
            var result = TemplateRun.Analyze(new TemplateDocument("package.json", """{ "name": "x", "resources": [ { "type": "Microsoft.Network/virtualNetworks", "name": "hub" } ] }"""));
            Assert.Empty(result.Topology.Networks);
            Assert.Empty(result.Findings);
        }

        [Theory]
        [InlineData("{ \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\" }", true)]
        [InlineData("{ \"$schema\": \"https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#\" }", true)]
        [InlineData("{ \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#\" }", false)]
        [InlineData("[ 1 ]", false)]
        [InlineData("{ nope", false)]
        public void Templates_are_recognised_by_their_schema(string json, bool expected) =>
            Assert.Equal(expected, ArmTemplateFile.IsDeploymentTemplate(json));

        [Theory]
        [InlineData("infra/hub.json", "infra/hub.parameters.json")]
        [InlineData("hub.parameters.json", null)]
        [InlineData("hub.bicep", null)]
        public void Parameter_files_pair_with_templates_by_name(string template, string? expected) =>
            Assert.Equal(expected, ParameterFilePairing.ParametersPathFor(template));

        [Fact]
        public void A_parameter_file_names_its_template()
        {
            Assert.True(ParameterFilePairing.IsParameterFile("infra/Hub.Parameters.json"));
            Assert.Equal("infra/hub.json", ParameterFilePairing.TemplatePathFor("infra/hub.parameters.json"));
        }
    }
}
