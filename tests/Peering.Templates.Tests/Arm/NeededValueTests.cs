using System.Linq;
using Peering.Rules.Checks;
using Peering.Templates.Tests.Infrastructure;

namespace Peering.Templates.Tests.Arm
{
    /// <summary>
    /// PEER902 only where a rule needed a value the reader did not evaluate: one finding at the construct's place that
    /// names the checks it stopped. Every other construct not evaluated is counted (<see cref="TemplateAnalysisResult.NotNeeded"/>).
    /// </summary>
    public class NeededValueTests
    {
        private const string Hub = """{ "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "hub", "location": "westeurope", "properties": { "addressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] } } }""";

        [Fact]
        public void A_role_assignment_name_and_a_module_output_are_counted_not_reported()
        {
            const string resources = """
            [
              { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "hub", "location": "westeurope",
                "properties": { "addressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] } } },
              { "type": "Microsoft.Authorization/roleAssignments", "apiVersion": "2022-04-01",
                "name": "[guid(resourceGroup().id, reference('identity').principalId)]",
                "properties": { "principalId": "[reference('identity').principalId]" } },
              { "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "spoke",
                "properties": {
                  "mode": "Incremental",
                  "expressionEvaluationOptions": { "scope": "inner" },
                  "parameters": { "owner": { "value": "[reference('identity').outputs.principalName.value]" } },
                  "template": {
                    "parameters": { "owner": { "type": "string" } },
                    "resources": [
                      { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "spoke", "location": "westeurope",
                        "tags": { "owner": "[parameters('owner')]" },
                        "properties": { "addressSpace": { "addressPrefixes": [ "10.1.0.0/16" ] } } }
                    ]
                  }
                } }
            ]
            """;

            var result = TemplateRun.Analyze(TemplateRun.Template(resources));

            Assert.Empty(result.Findings);
            Assert.Contains(result.NotNeeded, u => u.Location.Line == 10);
            Assert.Contains(result.NotNeeded, u => u.Construct == "the function 'reference'" && u.Location.Line == 16);
            Assert.Equal(2, result.NotNeeded.Count);
        }

        [Fact]
        public void An_unknown_remote_id_is_one_PEER902_at_its_line_naming_the_checks_it_stopped()
        {
            const string resources = $$"""
            [
              {{Hub}},
              { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "hub/to-shared",
                "properties": {
                  "remoteVirtualNetwork": { "id": "[reference('shared').outputs.vnetId.value]" },
                  "allowVirtualNetworkAccess": true } }
            ]
            """;

            var result = TemplateRun.Analyze(TemplateRun.Template(resources));

            Assert.Equal(new[] { "PEER902@main.json:10" }, result.Summary());
            Assert.Equal(
                "The function 'reference' is not evaluated, so the checks that need its value were skipped: PEER201, PEER301, PEER302, PEER402",
                result.Findings[0].Message);
            Assert.Empty(result.NotNeeded);
        }

        [Fact]
        public void An_unknown_flag_is_one_PEER902_at_its_line()
        {
            const string resources = $$"""
            [
              {{Hub}},
              { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "hub/to-spoke",
                "properties": {
                  "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'spoke')]" },
                  "useRemoteGateways": "[reference('settings').useGateway]",
                  "allowForwardedTraffic": "[reference('settings').forward]" } }
            ]
            """;

            var result = TemplateRun.Analyze(TemplateRun.Template(resources));

            // AllowForwardedTraffic decides only a route through an appliance, and there is none: it is counted.
            var finding = Assert.Single(result.Findings);
            Assert.Equal("PEER902@main.json:11", result.Summary().Single());
            Assert.EndsWith("were skipped: PEER101, PEER103, PEER104, PEER105", finding.Message);
            Assert.Equal(12, Assert.Single(result.NotNeeded).Location.Line);
        }

        [Fact]
        public void A_construct_in_a_variable_that_several_peerings_need_is_one_PEER902_at_the_variable()
        {
            const string variables = """{ "spokes": [ "a", "b", "c" ], "hubId": "[reference('hubDeployment').outputs.id.value]" }""";
            const string resources = """
            [ { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01",
                "name": "[concat(variables('spokes')[copyIndex()], '/to-hub')]", "copy": { "name": "peerings", "count": 3 },
                "properties": { "remoteVirtualNetwork": { "id": "[variables('hubId')]" } } } ]
            """;

            var result = TemplateRun.Analyze(TemplateRun.Template(resources, variables: variables));

            Assert.Equal(3, result.Topology.Peerings.Count);
            Assert.Equal(new[] { "PEER902@main.json:5" }, result.Summary());
        }

        [Fact]
        public void A_loop_count_the_reader_cannot_evaluate_is_named_where_the_index_was_needed()
        {
            const string resources = """
            [ { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01",
                "name": "[format('hub/to-spoke{0}', copyIndex())]",
                "copy": { "name": "peerings", "count": "[length(reference('inventory').spokes)]" },
                "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', format('spoke{0}', copyIndex()))]" } } } ]
            """;

            var result = TemplateRun.Analyze(TemplateRun.Template(resources));

            var finding = Assert.Single(result.Findings);
            Assert.Equal(8, ((SourceLocation)finding.Location!).Line);
            Assert.StartsWith("The function 'reference' is not evaluated", finding.Message);
            Assert.Contains("PEER402", finding.Message);
            Assert.Contains("PEER403", finding.Message);
        }

        [Fact]
        public void Regions_are_needed_only_where_a_rule_compares_them()
        {
            var vnets = """
              { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "hub", "location": "[reference('a').location]",
                "properties": { "addressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] } } },
              { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "spoke", "location": "[reference('b').location]",
                "properties": { "addressSpace": { "addressPrefixes": [ "10.1.0.0/16" ] } } }
            """;
            var unpeered = TemplateRun.Analyze(TemplateRun.Template("[" + vnets + "]"));
            Assert.Empty(unpeered.Findings);
            Assert.Equal(new[] { 6, 8 }, unpeered.NotNeeded.Select(u => u.Location.Line));

            var peering = """
              { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "spoke/to-hub",
                "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'hub')]" }, "useRemoteGateways": true } }
            """;
            var peered = TemplateRun.Analyze(TemplateRun.Template("[" + vnets + "," + peering + "]"));
            Assert.Equal(new[] { "PEER902@main.json:6", "PEER902@main.json:8" }, peered.Summary().Where(s => s.StartsWith("PEER902")));
            Assert.All(peered.Findings.Where(f => f.Rule.Id == "PEER902"), f => Assert.EndsWith("were skipped: PEER101", f.Message));
            Assert.Empty(peered.NotNeeded);
        }

        [Fact]
        public void A_gateway_subnet_the_reader_cannot_evaluate_is_needed_under_a_closed_world()
        {
            const string resources = $$"""
            [
              {{Hub}},
              { "type": "Microsoft.Network/virtualNetworkGateways", "apiVersion": "2023-09-01", "name": "gw", "location": "westeurope",
                "properties": { "ipConfigurations": [ { "name": "ip", "properties": { "subnet": { "id": "[reference('gatewaySubnet').id]" } } } ] } },
              { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "hub/to-spoke",
                "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'spoke')]" }, "allowGatewayTransit": true } }
            ]
            """;
            var document = new TemplateDocument("main.json", TemplateRun.Template(resources));

            var open = TemplateRun.Analyze(document);
            var closed = TemplateAnalyzer.Analyze(new[] { document }, new AnalysisOptions(Peering.Rules.Profiles.PlatformProfile.Current, closedWorld: true), new SuppressionSet());

            Assert.Empty(open.Findings);
            Assert.Equal(9, Assert.Single(open.NotNeeded).Location.Line);
            var finding = Assert.Single(closed.Findings);
            Assert.Equal("PEER902@main.json:9", closed.Summary().Single());
            Assert.EndsWith("were skipped: PEER107", finding.Message);
        }

        [Fact]
        public void A_PEER902_is_silenced_by_the_resource_metadata_and_a_rule_turned_off_is_not_named()
        {
            const string resources = $$"""
            [
              {{Hub}},
              { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "hub/to-shared",
                "metadata": { "peering-check": { "suppress": "PEER902" } },
                "properties": { "remoteVirtualNetwork": { "id": "[reference('shared').id]" } } },
              { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "hub/to-other",
                "properties": { "remoteVirtualNetwork": { "id": "[reference('other').id]" } } }
            ]
            """;
            var document = new TemplateDocument("main.json", TemplateRun.Template(resources));

            var result = TemplateRun.Analyze(document);
            Assert.Equal(new[] { "PEER902@main.json:12" }, result.Summary());
            Assert.Empty(result.NotNeeded);

            var suppressions = new SuppressionSet();
            foreach (var id in new[] { "PEER201", "PEER301", "PEER302", "PEER303" })
            {
                suppressions.Disable(id);
            }

            var fewer = TemplateAnalyzer.Analyze(new[] { document }, AnalysisOptions.Default, suppressions);
            Assert.EndsWith("were skipped: PEER402", Assert.Single(fewer.Findings).Message);

            suppressions.Disable("PEER402");
            var none = TemplateAnalyzer.Analyze(new[] { document }, AnalysisOptions.Default, suppressions);
            Assert.Empty(none.Findings);
            Assert.Equal(new[] { 10, 12 }, none.NotNeeded.Select(u => u.Location.Line));
        }
    }
}
