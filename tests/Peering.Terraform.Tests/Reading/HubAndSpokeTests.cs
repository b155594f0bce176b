using System.Linq;
using Peering.Rules.Model;
using Peering.Terraform.Tests.Infrastructure;
using static Peering.Terraform.Tests.Infrastructure.TerraformRun;

namespace Peering.Terraform.Tests.Reading
{
    /// <summary>A hub and spokes written the ways real configurations write them, read into one topology.</summary>
    public sealed class HubAndSpokeTests
    {
        private const string Hub = """
            resource "azurerm_resource_group" "network" {
              name     = "rg-network"
              location = "West Europe"
            }

            resource "azurerm_virtual_network" "hub" {
              name                = "vnet-hub"
              location            = azurerm_resource_group.network.location
              resource_group_name = azurerm_resource_group.network.name
              address_space       = ["10.0.0.0/16"]
            }

            resource "azurerm_subnet" "gateway" {
              name                 = "GatewaySubnet"
              resource_group_name  = azurerm_resource_group.network.name
              virtual_network_name = azurerm_virtual_network.hub.name
              address_prefixes     = [cidrsubnet(azurerm_virtual_network.hub.address_space[0], 11, 0)]
            }

            resource "azurerm_virtual_network_gateway" "vpn" {
              name                = "vgw-hub"
              location            = azurerm_resource_group.network.location
              resource_group_name = azurerm_resource_group.network.name
              type                = "Vpn"
              sku                 = "VpnGw1"
              ip_configuration {
                subnet_id            = azurerm_subnet.gateway.id
                public_ip_address_id = azurerm_public_ip.vpn.id
              }
            }

            resource "azurerm_public_ip" "vpn" {
              name                = "pip-vgw-hub"
              location            = azurerm_resource_group.network.location
              resource_group_name = azurerm_resource_group.network.name
              allocation_method   = "Static"
            }
            """;

        private const string Spokes = """
            variable "spokes" {
              type = map(object({
                address_space  = list(string)
                use_hub_gateway = optional(bool, true)
              }))
            }

            resource "azurerm_virtual_network" "spoke" {
              for_each            = var.spokes
              name                = "vnet-${each.key}"
              location            = azurerm_resource_group.network.location
              resource_group_name = azurerm_resource_group.network.name
              address_space       = each.value.address_space
            }

            resource "azurerm_virtual_network_peering" "hub_to_spoke" {
              for_each                  = azurerm_virtual_network.spoke
              name                      = "hub-to-${each.key}"
              resource_group_name       = azurerm_resource_group.network.name
              virtual_network_name      = azurerm_virtual_network.hub.name
              remote_virtual_network_id = each.value.id
              allow_gateway_transit     = true
            }

            resource "azurerm_virtual_network_peering" "spoke_to_hub" {
              for_each                  = var.spokes
              name                      = "${each.key}-to-hub"
              resource_group_name       = azurerm_resource_group.network.name
              virtual_network_name      = azurerm_virtual_network.spoke[each.key].name
              remote_virtual_network_id = azurerm_virtual_network.hub.id
              use_remote_gateways       = each.value.use_hub_gateway

              # Azure checks the gateway and the hub's peering back when it creates a peering that uses the gateway.
              depends_on = [azurerm_virtual_network_gateway.vpn, azurerm_virtual_network_peering.hub_to_spoke]
            }
            """;

        private const string Values = """
            spokes = {
              app  = { address_space = ["10.1.0.0/16"] }
              data = { address_space = ["10.2.0.0/16"], use_hub_gateway = false }
            }
            """;

        [Fact]
        public void A_correct_hub_and_spokes_with_for_each_tfvars_and_optional_defaults_reports_nothing_under_closed_world()
        {
            var result = Analyze(ClosedWorld, File("main.tf", Hub), File("spokes.tf", Spokes), File("terraform.tfvars", Values));

            Assert.Empty(result.Findings);
            Assert.Equal(new[] { "vnet-app", "vnet-data", "vnet-hub" }, result.Topology.Networks.Where(n => n.IsDefined).Select(n => n.DisplayName).OrderBy(n => n));
            Assert.Equal(4, result.Topology.Peerings.Count);
            Assert.True(result.Network("vnet-hub").HasGateway.Is(true));
            Assert.Equal("westeurope", result.Network("vnet-app").Location.Value);
            Assert.Equal("10.2.0.0/16", Assert.Single(result.Network("vnet-data").AddressPrefixes.Value).Prefix.Text);
            Assert.True(result.Peering("app-to-hub").UseRemoteGateways.Is(true));
            Assert.True(result.Peering("data-to-hub").UseRemoteGateways.Is(false));
            Assert.Same(result.Network("vnet-hub"), result.Peering("app-to-hub").RemoteNetwork);
            Assert.Same(result.Network("vnet-app"), result.Peering("hub-to-app").RemoteNetwork);
            Assert.Same(result.Network("vnet-app"), result.Peering("app-to-hub").Parent);
        }

        [Fact]
        public void A_spoke_without_its_peering_back_is_reported_at_the_peering_block()
        {
            var values = Values.Replace("data = { address_space = [\"10.2.0.0/16\"], use_hub_gateway = false }", string.Empty);
            var oneWay = Spokes.Replace("for_each                  = azurerm_virtual_network.spoke", "for_each                  = { for k, v in azurerm_virtual_network.spoke : k => v if k != \"app\" }");

            var result = Analyze(File("main.tf", Hub), File("spokes.tf", oneWay), File("terraform.tfvars", values));

            Assert.Equal(new[] { "PEER301@spokes.tf:25" }, result.Summary);
            Assert.Contains("'app-to-hub' of VNet 'vnet-app'", result.Findings[0].Message);
        }

        [Fact]
        public void Unknown_names_still_link_peerings_to_their_vnets_by_reference()
        {
            var hub = Hub.Replace("name                = \"vnet-hub\"", "name                = \"vnet-hub-${random_string.suffix.result}\"");
            var spokes = Spokes.Replace("use_remote_gateways       = each.value.use_hub_gateway", "use_remote_gateways       = true\n  allow_gateway_transit     = true");

            var result = Analyze(File("main.tf", hub + "\nresource \"random_string\" \"suffix\" {\n  length = 4\n}\n"), File("spokes.tf", spokes), File("terraform.tfvars", Values));

            var hubNetwork = result.Topology.Networks.Single(n => n.IsDefined && n.DisplayName.StartsWith("azurerm_virtual_network.hub", System.StringComparison.Ordinal));
            Assert.Same(hubNetwork, result.Peering("app-to-hub").RemoteNetwork);
            Assert.Same(hubNetwork, result.Peering("hub-to-app").Parent);
            Assert.Equal(new[] { "PEER102", "PEER102" }, result.RuleIds);
        }
    }
}
