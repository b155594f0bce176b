using System.IO;
using System.Linq;
using Peering.Cli.Running;
using Peering.Cli.Tests.Infrastructure;

namespace Peering.Cli.Tests.Running
{
    /// <summary><c>main.json</c> that Bicep generated beside <c>main.bicep</c> is checked only when the Bicep file could not be.</summary>
    public sealed class CompiledTwinsTests
    {
        private const string SelfPeeringBicep = """
            resource hub 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: 'hub'
              location: 'westeurope'
              properties: { addressSpace: { addressPrefixes: ['10.0.0.0/16'] } }
            }

            resource loop 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = {
              parent: hub
              name: 'hub-to-hub'
              properties: { remoteVirtualNetwork: { id: hub.id } }
            }
            """;

        /// <summary>The same resources as ARM JSON; <paramref name="generator"/> is the metadata Bicep writes into what it generates.</summary>
        private static string SelfPeeringJson(string generator) => """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "contentVersion": "1.0.0.0",
              "metadata": { GENERATOR },
              "resources": [
                { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01", "name": "hub", "location": "westeurope",
                  "properties": { "addressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] } } },
                { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2024-05-01", "name": "hub/hub-to-hub",
                  "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'hub')]" } } }
              ]
            }
            """.Replace("GENERATOR", generator);

        private const string BicepGenerator = "\"_generator\": { \"name\": \"bicep\", \"version\": \"0.49.2.45890\", \"templateHash\": \"1\" }";

        [Fact]
        public void The_generated_twin_of_a_compiled_Bicep_file_is_left_out()
        {
            using var folder = new TempFolder();
            folder.Write("main.bicep", SelfPeeringBicep);
            folder.Write("main.json", SelfPeeringJson(BicepGenerator));

            var result = CliRun.Run(new ArmTemplateSetAnalyzer(), Path.GetTempPath(), folder.Path);

            var selfPeering = result.Output.Split('\n').Where(l => l.Contains("PEER302")).ToList();
            Assert.True(selfPeering.Count == 1, result.ToString());
            Assert.StartsWith(folder.Combine("main.bicep") + "(", selfPeering[0]);
        }

        [Fact]
        public void Azuredeploy_json_beside_main_bicep_is_its_twin_as_in_the_quickstart_repository()
        {
            using var folder = new TempFolder();
            folder.Write("main.bicep", SelfPeeringBicep);
            folder.Write("azuredeploy.json", SelfPeeringJson(BicepGenerator));
            folder.Write("other/other.bicep", SelfPeeringBicep.Replace("'hub'", "'other'"));
            folder.Write("other/azuredeploy.json", SelfPeeringJson(BicepGenerator).Replace("'hub'", "'other'").Replace("\"hub\"", "\"other\"").Replace("hub/hub-to-hub", "other/hub-to-hub"));

            var result = CliRun.Run(new ArmTemplateSetAnalyzer(), Path.GetTempPath(), folder.Path);

            var selfPeering = result.Output.Split('\n').Where(l => l.Contains("PEER302")).ToList();
            Assert.True(selfPeering.Count == 3, result.ToString());
            Assert.Single(selfPeering, l => l.StartsWith(folder.Combine("main.bicep") + "("));
            Assert.Single(selfPeering, l => l.StartsWith(folder.Combine("other/azuredeploy.json") + "("));
        }

        [Fact]
        public void The_twin_is_checked_in_place_of_a_Bicep_file_that_does_not_compile()
        {
            using var folder = new TempFolder();
            folder.Write("main.bicep", SelfPeeringBicep + "\nresource broken 'Microsoft.Network/virtualNetworks@2024-05-01' = {\n");
            folder.Write("main.json", SelfPeeringJson(BicepGenerator));

            var result = CliRun.Run(new ArmTemplateSetAnalyzer(), Path.GetTempPath(), folder.Path);

            Assert.Contains(result.Output.Split('\n'), l => l.Contains("PEER901") && l.StartsWith(folder.Combine("main.bicep") + "("));
            Assert.Contains(result.Output.Split('\n'), l => l.Contains("PEER302") && l.StartsWith(folder.Combine("main.json") + "("));
        }

        [Fact]
        public void A_hand_written_template_beside_a_Bicep_file_is_still_checked()
        {
            using var folder = new TempFolder();
            folder.Write("main.bicep", SelfPeeringBicep);
            folder.Write("main.json", SelfPeeringJson("\"author\": \"the network team\""));

            var result = CliRun.Run(new ArmTemplateSetAnalyzer(), Path.GetTempPath(), folder.Path);

            Assert.Equal(2, result.Output.Split('\n').Count(l => l.Contains("PEER302")));
        }
    }
}
