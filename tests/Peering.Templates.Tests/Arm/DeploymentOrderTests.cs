using System.Linq;
using Peering.Rules.Model;
using Peering.Templates.Tests.Infrastructure;
using static Peering.Templates.Tests.Infrastructure.ArmJson;

namespace Peering.Templates.Tests.Arm
{
    /// <summary>
    /// The order ARM deploys a document's resources in, as PEER110 reads it: <c>dependsOn</c> in its forms, implicit
    /// dependencies, modules, and what stays unknown.
    /// </summary>
    public class DeploymentOrderTests
    {
        private const string HubPeering = """
            { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "hub/hub-to-spoke",
              "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'spoke')]" }, "allowGatewayTransit": true } }
            """;

        [Fact]
        public void An_AVM_style_estate_that_orders_its_peering_modules_is_silent_and_its_steps_say_why()
        {
            var result = TemplateRun.Analyze(new TemplateDocument("hub-spoke-modules.json", Fixtures.Read("hub-spoke-modules.json")));

            Assert.Empty(result.Findings);
            var gateway = Assert.Single(result.Network("vnet-hub").GatewayDeployments);
            foreach (var spoke in new[] { "spoke1", "spoke2" })
            {
                var toHub = result.Peering(spoke + "-to-hub").Deployment!;
                Assert.True(toHub.Follows(gateway).Is(true));
                Assert.True(toHub.Follows(result.Peering("hub-to-" + spoke).Deployment!).Is(true));
                Assert.True(result.Peering("hub-to-" + spoke).Deployment!.Follows(toHub).Is(false));
            }
        }

        [Fact]
        public void The_same_estate_without_the_order_between_its_peering_modules_is_reported_per_spoke()
        {
            var unordered = Fixtures.Read("hub-spoke-modules.json").Replace("""
                        "hubToSpokes"
                      ]
                """, """
                        "spokeNetworks"
                      ]
                """);
            Assert.NotEqual(Fixtures.Read("hub-spoke-modules.json"), unordered);

            var result = TemplateRun.Analyze(new TemplateDocument("hub-spoke-modules.json", unordered));

            Assert.True(result.RuleIds().SequenceEqual(new[] { "PEER110", "PEER110" }), string.Join("\n", result.Findings.Select(f => f.Rule.Id + " " + f.Location + " " + f.Message)));
            Assert.Contains("not ordered after peering 'hub-to-spoke1' of VNet 'vnet-hub', which the deployment of 'hub-spoke-modules.json' also creates", result.Findings[0].Message);
        }

        [Fact]
        public void A_peering_nested_in_its_VNet_waits_for_nothing_else_and_a_reference_orders_like_dependsOn()
        {
            const string nested = """
                { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "spoke", "location": "westeurope",
                  "properties": { "addressSpace": { "addressPrefixes": [ "10.1.0.0/16" ] } },
                  "resources": [
                    { "type": "virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "spoke-to-hub", "dependsOn": [ "spoke" ],
                      "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'hub')]" }, "useRemoteGateways": true }
                      TAGS }
                  ] }
                """;
            var bare = TemplateRun.Analyze(File("main.json", VNet("hub", "10.0.0.0/16"), Gateway("hub"), HubPeering, nested.Replace("TAGS", string.Empty)));
            Assert.Equal(new[] { "PEER110" }, bare.RuleIds());
            Assert.EndsWith("add gateway 'hub-gw' and peering 'hub/hub-to-spoke' to the dependsOn of peering 'spoke/spoke-to-hub', or of the module that deploys it", bare.Findings[0].Message);

            // reference() and list*() make ARM wait for the resource they name, as a dependsOn does.
            var referenced = nested.Replace("TAGS", """
                , "tags": { "gateway": "[reference(resourceId('Microsoft.Network/virtualNetworkGateways', 'hub-gw'), '2023-09-01').provisioningState]",
                            "back": "[string(listKeys('hub/hub-to-spoke', '2023-09-01'))]" }
                """);
            Assert.Empty(TemplateRun.Analyze(File("main.json", VNet("hub", "10.0.0.0/16"), Gateway("hub"), HubPeering, referenced)).Findings);
        }

        [Fact]
        public void A_gateway_behind_a_condition_is_waited_for_all_the_same()
        {
            var gateway = Gateway("hub").Replace("{ \"type\"", "{ \"condition\": \"[parameters('withGateway')]\", \"type\"");
            var spoke = VNet("spoke", "10.1.0.0/16", Link("spoke-to-hub", "hub", "\"useRemoteGateways\": true"));
            var json = TemplateRun.Template("[ " + VNet("hub", "10.0.0.0/16") + ", " + gateway + ", " + spoke + " ]", """{ "withGateway": { "type": "bool" } }""");

            var result = TemplateRun.Analyze(json);

            var finding = Assert.Single(result.Findings, f => f.Rule.Id == "PEER110");
            Assert.Contains("not ordered after gateway 'hub-gw', which", finding.Message);
        }

        [Fact]
        public void Writes_of_two_documents_are_two_runs_and_never_compared()
        {
            var result = TemplateRun.Analyze(
                File("hub.json", VNet("hub", "10.0.0.0/16", Link("hub-to-spoke", "spoke", "\"allowGatewayTransit\": true")), Gateway("hub")),
                File("spoke.json", VNet("spoke", "10.1.0.0/16", Link("spoke-to-hub", "hub", "\"useRemoteGateways\": true"))));

            Assert.Empty(result.Findings);
            var spokeStep = result.Peering("spoke-to-hub").Deployment!;
            Assert.Equal(FactState.Unknown, spokeStep.Follows(result.Peering("hub-to-spoke").Deployment!).State);
        }

        [Fact]
        public void A_dependsOn_the_reader_cannot_evaluate_leaves_PEER110_undecided_and_says_so()
        {
            var spoke = VNet("spoke", "10.1.0.0/16", Link("spoke-to-hub", "hub", "\"useRemoteGateways\": true"))
                .Replace("\"location\"", "\"dependsOn\": [ \"[first(environment().gallery)]\" ], \"location\"");
            var result = TemplateRun.Analyze(File("main.json", VNet("hub", "10.0.0.0/16"), Gateway("hub"), spoke));

            Assert.DoesNotContain("PEER110", result.RuleIds());
            var finding = Assert.Single(result.Findings, f => f.Rule.Id == "PEER902");
            Assert.EndsWith("were skipped: PEER110", finding.Message);
        }

        [Fact]
        public void A_dependsOn_naming_nothing_of_the_template_is_no_order_unless_a_name_is_unknown()
        {
            var spoke = VNet("spoke", "10.1.0.0/16", Link("spoke-to-hub", "hub", "\"useRemoteGateways\": true"))
                .Replace("\"location\"", "\"dependsOn\": [ \"not-deployed\" ], \"location\"");
            Assert.Contains("PEER110", TemplateRun.Analyze(File("main.json", VNet("hub", "10.0.0.0/16"), Gateway("hub"), spoke)).RuleIds());

            var unnamed = """
                { "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "[parameters('moduleName')]",
                  "properties": { "mode": "Incremental", "template": { "resources": [] } } }
                """;
            var json = TemplateRun.Template("[ " + VNet("hub", "10.0.0.0/16") + ", " + Gateway("hub") + ", " + unnamed + ", " + spoke + " ]", """{ "moduleName": { "type": "string" } }""");
            Assert.DoesNotContain("PEER110", TemplateRun.Analyze(json).RuleIds());
        }
    }
}
