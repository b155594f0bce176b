using System.Linq;
using Peering.Templates.Tests.Infrastructure;
using Xunit;

namespace Peering.Templates.Tests.Arm
{
    /// <summary>
    /// Module outputs: a peering whose remote id is another nested deployment's output (<c>reference('hub').outputs.id.value</c>,
    /// what Bicep compiles <c>hub.outputs.id</c> to) is linked to the VNet that deployment declares.
    /// </summary>
    public sealed class DeploymentOutputTests
    {
        /// <summary>A module (inner-scope nested deployment) that declares VNet <c>name</c> and outputs its id.</summary>
        private static string VNetModule(string symbolic, string deploymentName, string vnetName, string prefix, string extra = "") => $$"""
            "{{symbolic}}": {
              "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "{{deploymentName}}"{{extra}},
              "properties": {
                "mode": "Incremental",
                "expressionEvaluationOptions": { "scope": "inner" },
                "parameters": { "name": { "value": "{{vnetName}}" } },
                "template": {
                  "$schema": "{{TemplateRun.Schema}}", "contentVersion": "1.0.0.0",
                  "parameters": { "name": { "type": "string" } },
                  "resources": [ { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01", "name": "[parameters('name')]", "location": "westeurope",
                                   "properties": { "addressSpace": { "addressPrefixes": [ "{{prefix}}" ] } } } ],
                  "outputs": {
                    "id": { "type": "string", "value": "[resourceId('Microsoft.Network/virtualNetworks', parameters('name'))]" },
                    "later": { "type": "string", "condition": "[equals(parameters('name'), 'nowhere')]", "value": "x" }
                  }
                }
              }
            }
            """;

        private static string SymbolicTemplate(string resources) => $$"""
            { "$schema": "{{TemplateRun.Schema}}", "languageVersion": "2.0", "contentVersion": "1.0.0.0",
              "resources": { {{resources}} } }
            """;

        private const string Spoke = """
            "spoke": { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01", "name": "spoke", "location": "westeurope",
                       "properties": { "addressSpace": { "addressPrefixes": [ "10.1.0.0/16" ] } } }
            """;

        private static string PeeringTo(string remoteId) => $$"""
            "peer": { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2024-05-01", "name": "spoke/to-hub",
                      "properties": { "remoteVirtualNetwork": { "id": "{{remoteId}}" } } }
            """;

        [Theory]
        [InlineData("[reference('hubModule').outputs.id.value]")]
        [InlineData("[reference('deploy-hub').outputs.id.value]")]
        [InlineData("[reference(resourceId('Microsoft.Resources/deployments', 'deploy-hub'), '2022-09-01').outputs.id.value]")]
        [InlineData("[tryGet(tryGet(reference('hubModule').outputs, 'id'), 'value')]")]
        public void A_peering_to_a_module_output_is_linked_to_the_VNet_the_module_declares(string remoteId)
        {
            var result = TemplateRun.Analyze(SymbolicTemplate(VNetModule("hubModule", "deploy-hub", "hub", "10.0.0.0/16") + ",\n" + Spoke + ",\n" + PeeringTo(remoteId)));

            var peering = result.Peering("to-hub");
            Assert.Same(result.Network("hub"), peering.RemoteNetwork);
            Assert.Contains("PEER301", result.RuleIds());
            Assert.DoesNotContain("PEER902", result.RuleIds());
        }

        [Fact]
        public void The_output_is_evaluated_in_the_resource_group_the_module_deploys_to()
        {
            var module = VNetModule("hubModule", "deploy-hub", "hub", "10.0.0.0/16", extra: ", \"resourceGroup\": \"rg-hub\"");
            var result = TemplateRun.Analyze(SymbolicTemplate(module + ",\n" + Spoke + ",\n" + PeeringTo("[reference('hubModule').outputs.id.value]")));

            var remote = result.Peering("to-hub").Remote.Value;
            Assert.EndsWith("/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/hub", remote.Text);
            Assert.Same(result.Network("hub"), remote.Network);
        }

        [Fact]
        public void Overlapping_VNets_linked_through_a_module_output_are_reported()
        {
            var result = TemplateRun.Analyze(SymbolicTemplate(VNetModule("hubModule", "deploy-hub", "hub", "10.1.0.0/24") + ",\n" + Spoke + ",\n" + PeeringTo("[reference('hubModule').outputs.id.value]")));

            Assert.Contains("PEER201", result.RuleIds());
        }

        [Theory]
        [InlineData("[reference('hubModule').outputs.later.value]", "an output whose condition does not hold")]
        [InlineData("[reference('hubModule', '2022-09-01', 'Full').properties.outputs.id.value]", "the full resource, whose other properties are live state")]
        [InlineData("[reference('elsewhere').outputs.id.value]", "a deployment this template does not declare")]
        [InlineData("[reference('loopModule').outputs.id.value]", "a module in a loop, whose instance is not named")]
        public void What_cannot_be_known_stays_unknown(string remoteId, string why)
        {
            var loop = VNetModule("loopModule", "[format('deploy-{0}', copyIndex())]", "looped", "10.9.0.0/16", extra: ", \"copy\": { \"name\": \"l\", \"count\": 2 }");
            var result = TemplateRun.Analyze(SymbolicTemplate(VNetModule("hubModule", "deploy-hub", "hub", "10.0.0.0/16") + ",\n" + loop + ",\n" + Spoke + ",\n" + PeeringTo(remoteId)));

            Assert.False(result.Peering("to-hub").Remote.IsKnown, why);
            Assert.DoesNotContain("PEER301", result.RuleIds());
        }

        [Fact]
        public void A_conditional_module_has_no_outputs_to_rely_on()
        {
            var module = VNetModule("hubModule", "deploy-hub", "hub", "10.0.0.0/16", extra: ", \"condition\": \"[equals(resourceGroup().location, 'x')]\"");
            var result = TemplateRun.Analyze(SymbolicTemplate(module + ",\n" + Spoke + ",\n" + PeeringTo("[reference('hubModule').outputs.id.value]")));

            Assert.False(result.Peering("to-hub").Remote.IsKnown);
        }

        [Fact]
        public void Modules_whose_outputs_refer_to_each_other_in_a_cycle_end_as_unknown()
        {
            var template = SymbolicTemplate("""
                "a": { "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "a",
                       "properties": { "mode": "Incremental", "template": { "resources": [], "outputs": { "id": { "type": "string", "value": "[reference('b').outputs.id.value]" } } } } },
                "b": { "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "b",
                       "properties": { "mode": "Incremental", "template": { "resources": [], "outputs": { "id": { "type": "string", "value": "[reference('a').outputs.id.value]" } } } } },
                """ + Spoke + ",\n" + PeeringTo("[reference('a').outputs.id.value]"));

            var result = TemplateRun.Analyze(template);

            Assert.False(result.Peering("to-hub").Remote.IsKnown);
        }

        [Theory]
        [InlineData("null", true)]
        [InlineData("false", false)]
        public void A_module_parameter_passed_as_null_takes_its_default(string passed, bool expected)
        {
            var template = TemplateRun.Template($$"""
                [ {
                  "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "peer",
                  "properties": {
                    "mode": "Incremental", "expressionEvaluationOptions": { "scope": "inner" },
                    "parameters": { "allowForwardedTraffic": { "value": {{passed}} } },
                    "template": {
                      "parameters": { "allowForwardedTraffic": { "type": "bool", "defaultValue": true } },
                      "resources": [ { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2024-05-01", "name": "spoke/to-hub",
                                       "properties": { "allowForwardedTraffic": "[parameters('allowForwardedTraffic')]",
                                                       "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'hub')]" } } } ]
                    }
                  }
                } ]
                """);

            var peering = TemplateRun.Analyze(template).Peering("to-hub");

            Assert.True(peering.AllowForwardedTraffic.Is(expected));
        }
    }
}
