using System.Linq;
using Peering.Cli.Tests.Infrastructure;
using Peering.Rules.Checks;
using Peering.Templates;

namespace Peering.Cli.Tests.Bicep
{
    /// <summary>
    /// PEER110 on Bicep compiled by the real Bicep CLI: a symbolic reference, a <c>parent</c> and a <c>dependsOn</c> become
    /// <c>dependsOn</c> in the compiled JSON, and a module waits for what its declaration waits for. Line numbers refer to
    /// <see cref="Main"/>.
    /// </summary>
    public sealed class DeploymentOrderBicepTests
    {
        private const string Main = """
            resource hub 'Microsoft.Network/virtualNetworks@2023-09-01' = {
              name: 'hub'
              location: 'westeurope'
              properties: {
                addressSpace: { addressPrefixes: ['10.0.0.0/16'] }
                subnets: [{ name: 'GatewaySubnet', properties: { addressPrefix: '10.0.255.0/27' } }]
              }
            }
            resource gateway 'Microsoft.Network/virtualNetworkGateways@2023-09-01' = {
              name: 'hub-gw'
              location: 'westeurope'
              properties: {
                ipConfigurations: [{ name: 'default', properties: { subnet: { id: '${hub.id}/subnets/GatewaySubnet' } } }]
              }
            }
            resource spokes 'Microsoft.Network/virtualNetworks@2023-09-01' = [for i in range(1, 3): {
              name: 'spoke${i}'
              location: 'westeurope'
              properties: { addressSpace: { addressPrefixes: ['10.${i}.0.0/16'] } }
            }]
            resource hubToSpokes 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2023-09-01' = [for i in range(0, 3): {
              parent: hub
              name: 'hub-to-spoke${i + 1}'
              properties: { remoteVirtualNetwork: { id: spokes[i].id }, allowGatewayTransit: true }
            }]
            resource spoke1ToHub 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2023-09-01' = {
              parent: spokes[0]
              name: 'spoke1-to-hub'
              properties: { remoteVirtualNetwork: { id: hub.id }, useRemoteGateways: true }
              dependsOn: [gateway, hubToSpokes]
            }
            resource spoke2ToHub 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2023-09-01' = {
              parent: spokes[1]
              name: 'spoke2-to-hub'
              properties: { remoteVirtualNetwork: { id: hub.id }, useRemoteGateways: true }
              dependsOn: [gateway]
            }
            module spoke3ToHub 'modules/peering.bicep' = {
              name: 'spoke3-to-hub'
              params: { localName: spokes[2].name, name: 'spoke3-to-hub', remoteId: hub.id }
              dependsOn: [gateway, hubToSpokes]
            }
            """;

        private const string PeeringModule = """
            param localName string
            param name string
            param remoteId string

            resource peering 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2023-09-01' = {
              name: '${localName}/${name}'
              properties: { remoteVirtualNetwork: { id: remoteId }, useRemoteGateways: true }
            }
            """;

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Only_the_peering_that_does_not_wait_for_the_hub_peerings_is_reported_at_its_declaration(bool symbolicNames)
        {
            using var folder = new TempFolder();
            if (symbolicNames)
            {
                folder.Write("bicepconfig.json", """{ "experimentalFeaturesEnabled": { "symbolicNameCodegen": true } }""");
            }

            var main = folder.Write("main.bicep", Main);
            folder.Write("modules/peering.bicep", PeeringModule);
            var compiled = BicepTool.Compiler().Compile(new[] { main }, new string[0], new SuppressionSet());
            Assert.Empty(compiled.Findings);

            var result = TemplateAnalyzer.Analyze(compiled.Documents, AnalysisOptions.Default, new SuppressionSet());

            var finding = Assert.Single(result.Findings);
            Assert.Equal("PEER110", finding.Rule.Id);
            Assert.Equal(new SourceLocation(main, 32), finding.Location);
            Assert.Contains("Peering 'spoke2-to-hub' of VNet 'spoke2' uses the gateway of VNet 'hub' but is not ordered after peering 'hub-to-spoke2' of VNet 'hub'", finding.Message);
            Assert.Contains("which the deployment of 'main.bicep' also creates", finding.Message);
            Assert.DoesNotContain("gateway 'hub-gw'", finding.Message);
        }
    }
}
