using System.Linq;
using Peering.Rules.Checks;
using Peering.Rules.Profiles;
using Peering.Templates.Tests.Infrastructure;
using static Peering.Templates.Tests.Infrastructure.ArmJson;

namespace Peering.Templates.Tests.Arm
{
    /// <summary>Rules that need the whole run (both sides of a link, gateways, overlaps) over hub and spoke files.</summary>
    public class TopologyRuleTests
    {
        private static readonly AnalysisOptions ClosedWorld = new AnalysisOptions(PlatformProfile.Current, closedWorld: true);

        [Fact]
        public void A_peering_without_its_reverse_in_another_file_is_reported_at_the_peering()
        {
            var result = TemplateRun.Analyze(
                File("hub.json", VNet("hub", "10.0.0.0/16", Link("hub-to-spoke", "spoke"))),
                File("spoke.json", VNet("spoke", "10.1.0.0/16")));

            Assert.Equal(new[] { "PEER301@hub.json:7" }, result.Summary());
            Assert.Contains("VNet 'spoke'", result.Findings[0].Message);
        }

        [Fact]
        public void A_correct_hub_and_spoke_across_files_reports_nothing_even_under_closed_world()
        {
            var hub = File("hub.json", VNet("hub", "10.0.0.0/16", Link("hub-to-spoke", "spoke", "\"allowGatewayTransit\": true")), Gateway("hub"));
            var spoke = File("spoke.json", VNet("spoke", "10.1.0.0/16", Link("spoke-to-hub", "hub", "\"useRemoteGateways\": true")));

            Assert.Empty(TemplateAnalyzer.Analyze(new[] { hub, spoke }, ClosedWorld, new SuppressionSet()).Findings);
        }

        [Fact]
        public void Use_remote_gateways_on_both_sides()
        {
            var result = TemplateRun.Analyze(
                File("hub.json", VNet("hub", "10.0.0.0/16", Link("hub-to-spoke", "spoke", "\"useRemoteGateways\": true")), Gateway("hub")),
                File("spoke.json", VNet("spoke", "10.1.0.0/16", Link("spoke-to-hub", "hub", "\"useRemoteGateways\": true")), Gateway("spoke")));

            Assert.Contains("PEER103", result.RuleIds());
        }

        [Fact]
        public void Overlapping_peered_address_spaces()
        {
            var result = TemplateRun.Analyze(
                File("hub.json", VNet("hub", "10.0.0.0/16", Link("hub-to-spoke", "spoke"))),
                File("spoke.json", VNet("spoke", "10.0.0.0/16", Link("spoke-to-hub", "hub"))));

            Assert.Contains("PEER201@hub.json:7", result.Summary());
        }

        [Fact]
        public void Two_peerings_of_one_vnet_to_the_same_remote()
        {
            var result = TemplateRun.Analyze(
                File("hub.json", VNet("hub", "10.0.0.0/16", Link("hub-to-spoke", "spoke"), Link("hub-to-spoke-again", "spoke"))),
                File("spoke.json", VNet("spoke", "10.1.0.0/16", Link("spoke-to-hub", "hub"))));

            Assert.Equal(new[] { "PEER303" }, result.RuleIds());
        }

        [Fact]
        public void Under_closed_world_a_missing_gateway_is_known()
        {
            var hub = File("hub.json", VNet("hub", "10.0.0.0/16", Link("hub-to-spoke", "spoke", "\"allowGatewayTransit\": true")));
            var spoke = File("spoke.json", VNet("spoke", "10.1.0.0/16", Link("spoke-to-hub", "hub", "\"useRemoteGateways\": true")));

            Assert.Empty(TemplateRun.Analyze(hub, spoke).Findings);
            var closed = TemplateAnalyzer.Analyze(new[] { hub, spoke }, ClosedWorld, new SuppressionSet());
            Assert.Equal(new[] { "PEER107", "PEER104" }, closed.RuleIds());
        }

        [Theory]
        [InlineData("\"condition\": \"[parameters('deployGateway')]\", ")]
        [InlineData("\"properties\": { \"ipConfigurations\": [ { \"properties\": { \"subnet\": { \"id\": \"[parameters('gatewaySubnet')]\" } } } ] }, ")]
        [InlineData("\"properties\": \"[parameters('gatewayProperties')]\", ")]
        public void A_gateway_that_may_exist_keeps_closed_world_from_saying_there_is_none(string uncertainty)
        {
            var gateway = "{ \"type\": \"Microsoft.Network/virtualNetworkGateways\", \"apiVersion\": \"2023-09-01\", \"name\": \"gw\", " + uncertainty + "\"location\": \"westeurope\" }";
            var parameters = """{ "deployGateway": { "type": "bool" }, "gatewaySubnet": { "type": "string" }, "gatewayProperties": { "type": "object" } }""";
            var hub = new TemplateDocument("hub.json", TemplateRun.Template("[" + VNet("hub", "10.0.0.0/16", Link("hub-to-spoke", "spoke", "\"allowGatewayTransit\": true")) + ", " + gateway + "]", parameters));
            var spoke = File("spoke.json", VNet("spoke", "10.1.0.0/16", Link("spoke-to-hub", "hub", "\"useRemoteGateways\": true")));

            var result = TemplateAnalyzer.Analyze(new[] { hub, spoke }, ClosedWorld, new SuppressionSet());

            Assert.Empty(result.Findings);
            Assert.False(result.Network("hub").HasGateway.IsKnown);
        }

        [Fact]
        public void More_peerings_than_the_limit_from_a_copy_loop()
        {
            const string resources = """
            [
              { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "hub", "location": "westeurope", "properties": { "addressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] } } },
              { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "[format('hub/to-{0}', copyIndex())]",
                "copy": { "name": "many", "count": 501 },
                "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', format('spoke{0}', copyIndex()))]" } } }
            ]
            """;
            var result = TemplateRun.Analyze(TemplateRun.Template(resources));

            Assert.Equal(501, result.Topology.Peerings.Count);
            Assert.Contains("PEER501", result.RuleIds());
        }
    }
}
