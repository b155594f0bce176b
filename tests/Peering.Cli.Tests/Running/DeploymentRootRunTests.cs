using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Peering.Cli.Running;
using Peering.Cli.Tests.Infrastructure;

namespace Peering.Cli.Tests.Running
{
    /// <summary>
    /// A repository of unrelated samples checked in one run, as the Azure Quickstart Templates are: two samples each
    /// declare a hub 'HubVnet' of their own (one in Bicep through a module, one in ARM JSON with its parameter file), in
    /// the resource group they are deployed to. Each keeps its own hub, so the run reports each sample's planted mistake
    /// and nothing that only their merge would make (a redeclared hub, PEER205; spokes of one hub overlapping, PEER202).
    /// </summary>
    public sealed class DeploymentRootRunTests
    {
        private static readonly string Elsewhere = Path.GetTempPath();

        private const string DnsProxyMain = """
            // A hub (in a module) and one spoke. Planted: the spoke never peers back.
            param location string = 'westeurope'

            module hub 'modules/hub.bicep' = {
              name: 'hub'
              params: {
                location: location
              }
            }

            resource spoke 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: 'SpokeVnet'
              location: location
              properties: {
                addressSpace: { addressPrefixes: [ '10.10.0.0/16' ] }
              }
            }

            resource hubToSpoke 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = {
              name: 'HubVnet/hub-to-spoke'
              properties: {
                remoteVirtualNetwork: { id: spoke.id }
                allowForwardedTraffic: true
              }
              dependsOn: [ hub ]
            }
            """;

        private const string DnsProxyHub = """
            param location string

            resource hub 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: 'HubVnet'
              location: location
              properties: {
                addressSpace: { addressPrefixes: [ '192.168.0.0/16' ] }
                subnets: [ { name: 'AzureFirewallSubnet', properties: { addressPrefix: '192.168.1.0/26' } } ]
              }
            }
            """;

        private const string Sandbox = """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "contentVersion": "1.0.0.0",
              "parameters": { "hubPrefix": { "type": "string" }, "location": { "type": "string", "defaultValue": "westeurope" } },
              "variables": { "hubVnetName": "HubVnet", "hubId": "[resourceId('Microsoft.Network/virtualNetworks/', variables('hubVnetName'))]" },
              "resources": [
                { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "[variables('hubVnetName')]", "location": "[parameters('location')]",
                  "properties": { "addressSpace": { "addressPrefixes": [ "[parameters('hubPrefix')]" ] } } },
                { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "spokeDevVnet", "location": "[parameters('location')]",
                  "properties": { "addressSpace": { "addressPrefixes": [ "10.10.0.0/16" ] } } },
                { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "spokeProdVnet", "location": "[parameters('location')]",
                  "properties": { "addressSpace": { "addressPrefixes": [ "10.10.128.0/17" ] } } },
                { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "[concat(variables('hubVnetName'), '/hub-to-dev')]",
                  "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks/', 'spokeDevVnet')]" } } },
                { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "[concat(variables('hubVnetName'), '/hub-to-prod')]",
                  "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks/', 'spokeProdVnet')]" } } },
                { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "spokeDevVnet/dev-to-hub",
                  "properties": { "remoteVirtualNetwork": { "id": "[variables('hubId')]" } } },
                { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "spokeProdVnet/prod-to-hub",
                  "properties": { "remoteVirtualNetwork": { "id": "[variables('hubId')]" } } }
              ]
            }
            """;

        private const string SandboxParameters = """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
              "contentVersion": "1.0.0.0",
              "parameters": { "hubPrefix": { "value": "192.168.0.0/20" } }
            }
            """;

        private const string ThirdSpoke = """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "contentVersion": "1.0.0.0",
              "resources": [
                { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "spoke-c", "location": "westeurope",
                  "properties": { "addressSpace": { "addressPrefixes": [ "10.10.0.0/16" ] } } },
                { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "spoke-c/spoke-c-to-hub",
                  "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'HubVnet')]" } } }
              ]
            }
            """;

        [Fact]
        public void Two_samples_with_a_hub_of_one_name_report_only_their_own_mistakes()
        {
            using var folder = new TempFolder();
            WriteSamples(folder);

            var together = Findings(folder, folder.Path);
            var dnsProxy = Findings(folder, folder.Combine("quickstarts"));
            var sandbox = Findings(folder, folder.Combine("demos"));

            Assert.Equal(new[] { "quickstarts/dns-proxy/main.bicep:19:PEER301" }, dnsProxy);
            Assert.Equal(new[] { "demos/sandbox/azuredeploy.json:15:PEER202" }, sandbox);
            Assert.Equal(sandbox.Concat(dnsProxy).ToArray(), together);
        }

        [Fact]
        public void A_third_file_naming_the_hub_both_samples_declare_is_one_PEER902_naming_both()
        {
            using var folder = new TempFolder();
            WriteSamples(folder);
            folder.Write("shared/spoke-c.json", ThirdSpoke);

            var result = CliRun.Run(new ArmTemplateSetAnalyzer(), Elsewhere, folder.Path, "--format", "json");

            Assert.True(result.ExitCode == 1, result.ToString());
            using var report = JsonDocument.Parse(result.Output);
            var findings = report.RootElement.GetProperty("findings").EnumerateArray().ToArray();
            Assert.Equal(
                new[] { "demos/sandbox/azuredeploy.json:15:PEER202", "quickstarts/dns-proxy/main.bicep:19:PEER301", "shared/spoke-c.json:8:PEER902" },
                findings.Select(f => Place(folder, f)).ToArray());
            var message = findings[2].GetProperty("message").GetString()!;
            Assert.StartsWith("The VNet 'HubVnet' this id names is ambiguous: ", message);
            Assert.Contains(Path.Combine("demos", "sandbox", "azuredeploy.json"), message);
            Assert.Contains(Path.Combine("quickstarts", "dns-proxy", "main.bicep"), message);
            Assert.EndsWith("so the checks that need its value were skipped: PEER201, PEER301, PEER302, PEER402", message);
        }

        private static void WriteSamples(TempFolder folder)
        {
            folder.Write("quickstarts/dns-proxy/main.bicep", DnsProxyMain);
            folder.Write("quickstarts/dns-proxy/modules/hub.bicep", DnsProxyHub);
            folder.Write("demos/sandbox/azuredeploy.json", Sandbox);
            folder.Write("demos/sandbox/azuredeploy.parameters.json", SandboxParameters);
        }

        /// <summary>Each finding of a run over <paramref name="path"/> as "file:line:rule", the file relative to the folder.</summary>
        private static string[] Findings(TempFolder folder, string path)
        {
            var result = CliRun.Run(new ArmTemplateSetAnalyzer(), Elsewhere, path, "--format", "json");
            Assert.True(result.ExitCode is 0 or 1 && result.Error.Length == 0, result.ToString());
            using var report = JsonDocument.Parse(result.Output);
            return report.RootElement.GetProperty("findings").EnumerateArray().Select(f => Place(folder, f)).ToArray();
        }

        private static string Place(TempFolder folder, JsonElement finding) =>
            Path.GetRelativePath(folder.Path, finding.GetProperty("file").GetString()!).Replace(Path.DirectorySeparatorChar, '/')
            + ":" + finding.GetProperty("line").GetInt32() + ":" + finding.GetProperty("ruleId").GetString();
    }
}
