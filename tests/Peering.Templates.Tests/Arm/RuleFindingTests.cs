using System.Linq;
using Peering.Rules.Checks;
using Peering.Templates.Tests.Infrastructure;

namespace Peering.Templates.Tests.Arm
{
    /// <summary>The template rules run over the topology and report at the line of the offending property.</summary>
    public class RuleFindingTests
    {
        /// <summary>The rules the fixture plants mistakes for; rules added later may find more in it.</summary>
        private static readonly string[] Planted = { "PEER101", "PEER102", "PEER109", "PEER204", "PEER302", "PEER304", "PEER401", "PEER402", "PEER403", "PEER406", "PEER901", "PEER902" };

        [Fact]
        public void Every_planted_mistake_is_reported_at_its_line()
        {
            var result = TemplateRun.Analyze(new TemplateDocument("mistakes.json", Fixtures.Read("mistakes.json")));

            Assert.Equal(
                new[]
                {
                    "PEER204@mistakes.json:17",
                    "PEER302@mistakes.json:21",
                    "PEER101@mistakes.json:41",
                    "PEER102@mistakes.json:41",
                    "PEER109@mistakes.json:42",
                    "PEER406@mistakes.json:43",
                    "PEER403@mistakes.json:51",
                    "PEER401@mistakes.json:52",
                    "PEER304@mistakes.json:53",
                    "PEER402@mistakes.json:61",
                    "PEER902@mistakes.json:62",
                },
                result.Summary().Where(s => Planted.Contains(s.Substring(0, 7))));
        }

        [Fact]
        public void Messages_name_the_vnets_and_prefixes()
        {
            var result = TemplateRun.Analyze(new TemplateDocument("mistakes.json", Fixtures.Read("mistakes.json")));

            Assert.StartsWith("'10.1.0.1/16' in the address space of VNet 'hub' is not a valid address prefix: ", Message(result, "PEER204"));
            Assert.Equal("Peering 'spoke-to-hub' of VNet 'spoke' sets both UseRemoteGateways and AllowGatewayTransit: the VNet with the gateway allows transit, the other uses the remote gateway", Message(result, "PEER102"));
            Assert.Equal("The function 'reference' is not evaluated, so the checks that need its value were skipped: PEER304", Message(result, "PEER902"));
        }

        [Fact]
        public void Correct_templates_report_nothing()
        {
            const string resources = """
            [
              { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "hub", "location": "westeurope",
                "properties": { "addressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] },
                  "virtualNetworkPeerings": [ { "name": "hub-to-spoke", "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'spoke')]" }, "allowGatewayTransit": true } } ] } },
              { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "spoke", "location": "westeurope",
                "dependsOn": [ "hub", "hub-gw" ],
                "properties": { "addressSpace": { "addressPrefixes": [ "10.1.0.0/16" ] },
                  "virtualNetworkPeerings": [ { "name": "spoke-to-hub", "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'hub')]" }, "useRemoteGateways": true } } ] } },
              { "type": "Microsoft.Network/virtualNetworkGateways", "apiVersion": "2023-09-01", "name": "hub-gw", "location": "westeurope",
                "properties": { "ipConfigurations": [ { "name": "ip", "properties": { "subnet": { "id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'hub', 'GatewaySubnet')]" } } } ] } }
            ]
            """;
            Assert.Empty(TemplateRun.Analyze(TemplateRun.Template(resources)).Findings);
        }

        [Fact]
        public void Findings_are_ordered_by_path_line_column_and_rule_whatever_the_input_order()
        {
            var mistakes = new TemplateDocument("b/mistakes.json", Fixtures.Read("mistakes.json"));
            var broken = new TemplateDocument("a/broken.json", "{ \"$schema\": ");
            var forward = TemplateRun.Analyze(mistakes, broken).Summary();
            var backward = TemplateRun.Analyze(broken, mistakes).Summary();


            Assert.Equal(forward, backward);
            Assert.StartsWith("PEER901@a/broken.json", forward[0]);
        }

        [Fact]
        public void A_compiled_document_reports_at_the_places_its_front_end_gives()
        {
            var document = new TemplateDocument("main.bicep", Fixtures.Read("mistakes.json"), origin =>
                origin.Type == "Microsoft.Network/virtualNetworks" && origin.NameExpression == "hub" ? new SourceLocation("main.bicep", 5, 1) : null);
            var result = TemplateRun.Analyze(document);

            Assert.Contains("PEER204@main.bicep:5", result.Summary());
            Assert.Contains("PEER302@main.bicep:5", result.Summary());
            Assert.Contains("PEER102@main.bicep:1", result.Summary());
        }

        [Fact]
        public void A_resource_of_a_compiled_module_the_front_end_cannot_place_reports_at_the_module()
        {
            var document = new TemplateDocument("main.bicep", Fixtures.Read("bicep-shaped.json").Replace("\"useRemoteGateways\": true", "\"useRemoteGateways\": true, \"allowGatewayTransit\": true"), origin =>
                origin.Type == "Microsoft.Resources/deployments" ? new SourceLocation("main.bicep", 30, 1) : null);
            var result = TemplateRun.Analyze(document);

            Assert.Equal(new[] { "PEER102@main.bicep:30", "PEER102@main.bicep:30" }, result.Summary().Where(s => s.StartsWith("PEER102", System.StringComparison.Ordinal)));
        }

        [Fact]
        public void The_2017_10_profile_changes_severities()
        {
            var document = new TemplateDocument("mistakes.json", Fixtures.Read("mistakes.json"));
            var current = TemplateAnalyzer.Analyze(new[] { document }, AnalysisOptions.Default, new SuppressionSet());
            var old = TemplateAnalyzer.Analyze(new[] { document }, new AnalysisOptions(Peering.Rules.Profiles.PlatformProfile.October2017, closedWorld: false), new SuppressionSet());

            Assert.Equal(Peering.Rules.Catalogue.RuleSeverity.Info, current.Findings.Single(f => f.Rule.Id == "PEER101").Severity);
            Assert.Equal(Peering.Rules.Catalogue.RuleSeverity.Error, old.Findings.Single(f => f.Rule.Id == "PEER101").Severity);
        }

        private static string Message(TemplateAnalysisResult result, string ruleId) => result.Findings.Single(f => f.Rule.Id == ruleId).Message;
    }
}
