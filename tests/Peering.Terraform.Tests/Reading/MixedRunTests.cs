using System;
using System.Linq;
using Peering.Templates;
using Peering.Terraform.Tests.Infrastructure;
using static Peering.Terraform.Tests.Infrastructure.TerraformRun;
using static Peering.Terraform.Tests.Infrastructure.Tf;

namespace Peering.Terraform.Tests.Reading
{
    /// <summary>A hub in an ARM template and spokes in Terraform form one topology.</summary>
    public sealed class MixedRunTests
    {
        /// <summary>The hub as the template front end reads it: its peering names the spoke with resourceId(), subscription and group unknown.</summary>
        private const string ArmHub = """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "contentVersion": "1.0.0.0",
              "resources": [
                { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01", "name": "vnet-hub", "location": "westeurope",
                  "properties": { "addressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] },
                                  "subnets": [ { "name": "GatewaySubnet", "properties": { "addressPrefix": "10.0.255.0/27" } } ] } },
                { "type": "Microsoft.Network/virtualNetworkGateways", "apiVersion": "2024-05-01", "name": "vgw-hub", "location": "westeurope",
                  "properties": { "ipConfigurations": [ { "name": "default", "properties": { "subnet": { "id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-hub', 'GatewaySubnet')]" } } } ] } },
                { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2024-05-01", "name": "vnet-hub/hub-to-spoke",
                  "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'vnet-spoke')]" }, "allowGatewayTransit": __TRANSIT__ } }
              ]
            }
            """;

        /// <summary>The spoke as its own Terraform repository writes it: the hub read through a data source.</summary>
        private static readonly string TerraformSpoke = VNet("spoke", "10.1.0.0/16").Replace("name                = \"spoke\"", "name                = \"vnet-spoke\"") + """
            data "azurerm_virtual_network" "hub" {
              name                = "vnet-hub"
              resource_group_name = "rg-hub"
            }

            resource "azurerm_virtual_network_peering" "spoke_to_hub" {
              name                      = "spoke-to-hub"
              resource_group_name       = "rg-network"
              virtual_network_name      = azurerm_virtual_network.spoke.name
              remote_virtual_network_id = data.azurerm_virtual_network.hub.id
              use_remote_gateways       = true
            }
            """;

        [Fact]
        public void A_terraform_spoke_and_an_arm_hub_are_one_topology()
        {
            var result = Analyze(ClosedWorld, new[] { new TemplateDocument("hub.json", ArmHub.Replace("__TRANSIT__", "true")) }, Array.Empty<string>(), File("spoke/main.tf", TerraformSpoke));

            Assert.Empty(result.Findings);
            var hub = result.Peering("spoke-to-hub").RemoteNetwork!;
            Assert.True(hub.IsDefined);
            Assert.Equal("vnet-hub", hub.DisplayName);
            Assert.Equal(result.Network("vnet-spoke").Identity, result.Peering("hub-to-spoke").RemoteNetwork!.Identity);
        }

        [Fact]
        public void A_mistake_across_the_two_is_found_on_the_terraform_side()
        {
            var result = Analyze(ClosedWorld, new[] { new TemplateDocument("hub.json", ArmHub.Replace("__TRANSIT__", "false")) }, Array.Empty<string>(), File("spoke/main.tf", TerraformSpoke));

            Assert.Equal(new[] { "PEER104@spoke/main.tf:17" }, result.Summary);
        }

        [Fact]
        public void Without_the_hub_template_the_spoke_alone_is_silent()
        {
            Assert.Empty(Analyze(ClosedWorld, File("spoke/main.tf", TerraformSpoke)).Findings);
        }
    }
}
