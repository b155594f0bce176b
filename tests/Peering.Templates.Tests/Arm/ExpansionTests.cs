using System.Linq;
using Peering.Rules.Model;
using Peering.Templates.Tests.Infrastructure;

namespace Peering.Templates.Tests.Arm
{
    /// <summary>Copy loops, conditions and inline nested deployments unroll into the resources they deploy.</summary>
    public class ExpansionTests
    {
        [Fact]
        public void A_resource_copy_loop_creates_one_peering_per_iteration()
        {
            const string parameters = """{ "spokes": { "type": "array", "defaultValue": [ "spoke1", "spoke2", "spoke3" ] } }""";
            const string resources = """
            [
              {
                "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings",
                "apiVersion": "2023-09-01",
                "name": "[format('hub/hub-to-{0}', parameters('spokes')[copyIndex()])]",
                "copy": { "name": "peerings", "count": "[length(parameters('spokes'))]" },
                "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', parameters('spokes')[copyIndex('peerings')])]" } }
              }
            ]
            """;
            var result = TemplateRun.Analyze(TemplateRun.Template(resources, parameters));

            Assert.Equal(new[] { "hub-to-spoke1", "hub-to-spoke2", "hub-to-spoke3" }, result.Topology.Peerings.Select(p => p.Name.Value));
            Assert.Equal(new[] { "spoke1", "spoke2", "spoke3" }, result.Topology.Peerings.Select(p => p.RemoteNetwork!.DisplayName));
        }

        [Fact]
        public void A_property_copy_loop_creates_inline_peerings()
        {
            const string resources = """
            [
              {
                "type": "Microsoft.Network/virtualNetworks",
                "apiVersion": "2023-09-01",
                "name": "hub",
                "location": "westeurope",
                "properties": {
                  "addressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] },
                  "copy": [
                    {
                      "name": "virtualNetworkPeerings",
                      "count": 2,
                      "input": {
                        "name": "[concat('hub-to-spoke', copyIndex('virtualNetworkPeerings', 1))]",
                        "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', concat('spoke', copyIndex('virtualNetworkPeerings', 1)))]" }, "allowGatewayTransit": true }
                      }
                    }
                  ]
                }
              }
            ]
            """;
            var result = TemplateRun.Analyze(TemplateRun.Template(resources));

            Assert.Equal(new[] { "hub-to-spoke1", "hub-to-spoke2" }, result.Topology.Peerings.Select(p => p.Name.Value));
            Assert.All(result.Topology.Peerings, p => Assert.True(p.AllowGatewayTransit.Is(true)));
            Assert.Equal(new[] { "spoke1", "spoke2" }, result.Topology.Peerings.Select(p => p.RemoteNetwork!.DisplayName));
        }

        [Fact]
        public void A_copy_loop_with_an_unknown_count_stands_for_one_conditional_instance()
        {
            const string parameters = """{ "count": { "type": "int" } }""";
            const string resources = """
            [ { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "[concat('hub/p', copyIndex())]",
                "copy": { "name": "loop", "count": "[parameters('count')]" },
                "properties": { "allowGatewayTransit": true, "useRemoteGateways": true } } ]
            """;
            var result = TemplateRun.Analyze(TemplateRun.Template(resources, parameters));

            var peering = Assert.Single(result.Topology.Peerings);
            Assert.True(peering.IsConditional);
            Assert.Equal(FactState.Unknown, peering.Name.State);
            Assert.True(peering.UseRemoteGateways.Is(true));
        }

        [Fact]
        public void A_copy_count_over_800_deploys_nothing_and_is_reported()
        {
            const string resources = """
            [ { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "[concat('hub/p', copyIndex())]",
                "copy": { "name": "loop", "count": 1000 }, "properties": { } } ]
            """;
            var result = TemplateRun.Analyze(TemplateRun.Template(resources));

            Assert.True(Assert.Single(result.Topology.Peerings).IsConditional);
            var finding = Assert.Single(result.Findings, f => f.Rule.Id == "PEER902");
            Assert.Contains("1000", finding.Message);
        }

        [Theory]
        [InlineData("true", 1, false)]
        [InlineData("[equals(parameters('deploy'), 'yes')]", 1, false)]
        [InlineData("false", 0, false)]
        [InlineData("[equals(parameters('deploy'), 'no')]", 0, false)]
        [InlineData("[parameters('unknownFlag')]", 1, true)]
        public void Conditions_skip_false_resources_and_mark_unknown_ones(string condition, int expectedCount, bool conditional)
        {
            const string parameters = """{ "deploy": { "type": "string", "defaultValue": "yes" }, "unknownFlag": { "type": "bool" } }""";
            var resources = """
            [ { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "hub/maybe",
                "condition": CONDITION, "properties": { } } ]
            """.Replace("CONDITION", condition.StartsWith("[") ? "\"" + condition + "\"" : condition);
            var result = TemplateRun.Analyze(TemplateRun.Template(resources, parameters));

            Assert.Equal(expectedCount, result.Topology.Peerings.Count);
            Assert.All(result.Topology.Peerings, p => Assert.Equal(conditional, p.IsConditional));
        }

        [Fact]
        public void A_nested_deployment_with_inner_scope_gets_its_parameters_from_the_parent()
        {
            const string resources = """
            [
              {
                "type": "Microsoft.Resources/deployments",
                "apiVersion": "2022-09-01",
                "name": "spoke-peering",
                "resourceGroup": "rg-spoke",
                "properties": {
                  "mode": "Incremental",
                  "expressionEvaluationOptions": { "scope": "inner" },
                  "parameters": { "hubId": { "value": "[resourceId('Microsoft.Network/virtualNetworks', 'hub')]" }, "spokeName": { "value": "spoke" } },
                  "template": {
                    "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                    "contentVersion": "1.0.0.0",
                    "parameters": { "hubId": { "type": "string" }, "spokeName": { "type": "string" } },
                    "variables": { "peeringName": "[format('{0}/{0}-to-hub', parameters('spokeName'))]" },
                    "resources": [
                      { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "[parameters('spokeName')]", "location": "westeurope", "properties": { "addressSpace": { "addressPrefixes": [ "10.1.0.0/16" ] } } },
                      { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "[variables('peeringName')]",
                        "properties": { "remoteVirtualNetwork": { "id": "[parameters('hubId')]" } } }
                    ]
                  }
                }
              },
              { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "hub", "location": "westeurope", "properties": { "addressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] } } }
            ]
            """;
            var result = TemplateRun.Analyze(TemplateRun.Template(resources));

            var peering = result.Peering("spoke-to-hub");
            Assert.Same(result.Network("spoke"), peering.Parent);
            Assert.Equal("rg-spoke", peering.Parent!.ResourceId!.ResourceGroup);
            Assert.Same(result.Network("hub"), peering.RemoteNetwork);
            Assert.True(peering.RemoteNetwork!.IsDefined);
        }

        [Fact]
        public void A_nested_deployment_with_outer_scope_uses_the_parent_variables()
        {
            const string variables = """{ "hubName": "core" }""";
            const string resources = """
            [
              {
                "type": "Microsoft.Resources/deployments",
                "apiVersion": "2022-09-01",
                "name": "nested",
                "properties": {
                  "mode": "Incremental",
                  "template": {
                    "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                    "contentVersion": "1.0.0.0",
                    "resources": [ { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "[variables('hubName')]", "location": "westeurope" } ]
                  }
                }
              }
            ]
            """;
            var result = TemplateRun.Analyze(TemplateRun.Template(resources, variables: variables));

            Assert.True(result.Network("core").IsDefined);
            Assert.DoesNotContain(result.Findings, f => f.Rule.Id == "PEER902");
        }

        [Fact]
        public void A_linked_template_is_not_fetched_and_is_counted()
        {
            const string resources = """
            [ { "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "linked",
                "properties": { "mode": "Incremental", "templateLink": { "uri": "https://example.org/peering.json" } } } ]
            """;
            var result = TemplateRun.Analyze(TemplateRun.Template(resources));

            Assert.Empty(result.Findings);
            Assert.Contains("https://example.org/peering.json", Assert.Single(result.NotNeeded).Construct);
        }
    }
}
