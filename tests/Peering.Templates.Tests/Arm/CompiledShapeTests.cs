using System.Linq;
using Peering.Rules.Model;
using Peering.Templates.Tests.Infrastructure;

namespace Peering.Templates.Tests.Arm
{
    /// <summary>A hub and spokes in the shape the Bicep compiler emits: loops, modules as inner-scope deployments, format().</summary>
    public class CompiledShapeTests
    {
        [Fact]
        public void A_hub_with_spoke_modules_becomes_one_topology()
        {
            var result = TemplateRun.Analyze(new TemplateDocument("bicep-shaped.json", Fixtures.Read("bicep-shaped.json")));

            Assert.Equal(new[] { "hub", "spoke1", "spoke2" }, result.Topology.Networks.Select(n => n.DisplayName));
            Assert.All(result.Topology.Networks, n => Assert.True(n.IsDefined));
            Assert.True(result.Network("hub").HasGateway.Is(true));
            Assert.Equal("10.2.0.0/16", result.Network("spoke2").AddressPrefixes.Value.Single().Prefix.Text);
            Assert.Equal(
                new[] { "hub-to-spoke1 hub->spoke1", "hub-to-spoke2 hub->spoke2", "spoke1-to-hub spoke1->hub", "spoke2-to-hub spoke2->hub" },
                result.Topology.Peerings.Select(p => p.Name.Value + " " + p.Parent!.DisplayName + "->" + p.RemoteNetwork!.DisplayName));
            Assert.All(result.Topology.Peerings, p => Assert.False(p.IsConditional));
            Assert.Equal(FactState.Unknown, result.Network("spoke1").Location.State);
            Assert.Empty(result.Findings);
        }

        [Fact]
        public void A_parameter_file_gives_the_region_every_module_receives()
        {
            var document = new TemplateDocument("bicep-shaped.json", Fixtures.Read("bicep-shaped.json"))
            {
                ParametersPath = "bicep-shaped.parameters.json",
                ParametersJsonText = """{ "parameters": { "location": { "value": "westeurope" } } }""",
            };
            var result = TemplateRun.Analyze(document);

            Assert.All(result.Topology.Networks, n => Assert.True(n.Location.Is("westeurope")));
        }

        [Fact]
        public void Facts_a_compiled_document_places_on_one_line_are_not_repeated_as_additional_locations()
        {
            var json = TemplateRun.Template("""
                [
                  { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2024-05-01", "name": "spoke/spoke-to-hub",
                    "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'hub')]" },
                                    "allowGatewayTransit": true, "useRemoteGateways": true } }
                ]
                """);
            var declaration = new SourceLocation("spoke.bicep", 7);
            var result = TemplateRun.Analyze(new TemplateDocument("spoke.bicep", json, _ => declaration));

            var finding = Assert.Single(result.Findings, f => f.Rule.Id == "PEER102");
            Assert.Equal(declaration, finding.Location);
            Assert.Empty(finding.AdditionalLocations);
        }
    }
}
