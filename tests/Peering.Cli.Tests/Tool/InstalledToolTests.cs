using System.IO;
using System.Threading.Tasks;
using Peering.Cli.Tests.Infrastructure;

namespace Peering.Cli.Tests.Tool
{
    /// <summary>The packed tool, installed from a local feed, run as a user runs it (in the folder of their templates).</summary>
    public sealed class InstalledToolTests : IClassFixture<InstalledToolFixture>
    {
        private const string HubTemplate = """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "contentVersion": "1.0.0.0",
              "resources": [
                {
                  "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings",
                  "apiVersion": "2023-09-01",
                  "name": "hub/hub-to-spoke",
                  "properties": {
                    "allowGatewayTransit": true,
                    "useRemoteGateways": true,
                    "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'spoke')]" }
                  }
                }
              ]
            }
            """;

        private const string SpokeBicep = """
            resource spoke 'Microsoft.Network/virtualNetworks@2023-09-01' = {
              name: 'spoke'
              location: 'westeurope'
              properties: {
                addressSpace: { addressPrefixes: ['10.1.0.0/16'] }
              }
              resource toHub 'virtualNetworkPeerings' = {
                name: 'spoke-to-hub'
                properties: {
                  allowGatewayTransit: true
                  useRemoteGateways: true
                  remoteVirtualNetwork: { id: resourceId('Microsoft.Network/virtualNetworks', 'hub') }
                }
              }
            }
            """;

        private readonly InstalledToolFixture tool;

        public InstalledToolTests(InstalledToolFixture tool)
        {
            this.tool = tool;
        }

        [Fact]
        public async Task The_installed_command_checks_JSON_and_Bicep_as_one_topology_at_their_lines_and_exits_1()
        {
            using var folder = new TempFolder();
            folder.Write("infra/hub.json", HubTemplate);
            folder.Write("infra/spoke.bicep", SpokeBicep);
            folder.Write("package.json", SampleFiles.OtherJson);

            var result = await tool.RunAsync(folder.Path);

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("infra/hub.json(11,30): error PEER102", result.Output);
            Assert.Contains("infra/spoke.bicep(7,3): error PEER102", result.Output);
            // One topology: the Bicep spoke and the JSON hub both use remote gateways.
            Assert.Contains("infra/spoke.bicep(7,3): error PEER103: Peering 'spoke-to-hub' of VNet 'spoke' and peering 'hub-to-spoke' of VNet 'hub'", result.Output);
        }

        [Fact]
        public async Task A_folder_without_templates_exits_0_with_a_message()
        {
            using var folder = new TempFolder();
            folder.Write("package.json", SampleFiles.OtherJson);

            var result = await tool.RunAsync(folder.Path, ".");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("peering-check: no templates or Terraform files found in .." + System.Environment.NewLine, result.Error);
        }

        [Fact]
        public async Task A_path_that_does_not_exist_exits_2_without_a_stack_trace()
        {
            using var folder = new TempFolder();

            var result = await tool.RunAsync(folder.Path, "missing");

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Equal("peering-check: No such file or folder: missing." + System.Environment.NewLine, result.Error);
            Assert.Empty(result.Output);
        }

        [Fact]
        public async Task The_version_is_the_package_version()
        {
            var result = await tool.RunAsync(Path.GetTempPath(), "--version");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("0.1.0", result.Output.Trim());
        }
    }
}
