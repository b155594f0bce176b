namespace Peering.Terraform.Tests.Infrastructure
{
    /// <summary>Small azurerm configurations for rule cases: VNets, peerings between them by reference, a gateway.</summary>
    internal static class Tf
    {
        public static string VNet(string name, string prefix, string region = "westeurope") => $$"""
            resource "azurerm_virtual_network" "{{name}}" {
              name                = "{{name}}"
              location            = "{{region}}"
              resource_group_name = "rg-network"
              address_space       = ["{{prefix}}"]
            }

            """;

        /// <summary>A peering of <paramref name="from"/> to <paramref name="to"/>, each a VNet resource of the same configuration.</summary>
        public static string Link(string from, string to, string settings = "") => $$"""
            resource "azurerm_virtual_network_peering" "{{from}}_to_{{to}}" {
              name                      = "{{from}}-to-{{to}}"
              resource_group_name       = "rg-network"
              virtual_network_name      = azurerm_virtual_network.{{from}}.name
              remote_virtual_network_id = azurerm_virtual_network.{{to}}.id
              {{settings}}
            }

            """;

        public static string Gateway(string vnet, string subnetPrefix) => $$"""
            resource "azurerm_subnet" "{{vnet}}_gateway" {
              name                 = "GatewaySubnet"
              resource_group_name  = "rg-network"
              virtual_network_name = azurerm_virtual_network.{{vnet}}.name
              address_prefixes     = ["{{subnetPrefix}}"]
            }

            resource "azurerm_virtual_network_gateway" "{{vnet}}" {
              name                = "vgw-{{vnet}}"
              location            = "westeurope"
              resource_group_name = "rg-network"
              type                = "Vpn"
              sku                 = "VpnGw1"
              ip_configuration {
                subnet_id = azurerm_subnet.{{vnet}}_gateway.id
              }
            }

            """;

        /// <summary>A variable without a default and no value: what it holds is not known.</summary>
        public static string Unknown(string name) => $$"""
            variable "{{name}}" {}

            """;
    }
}
