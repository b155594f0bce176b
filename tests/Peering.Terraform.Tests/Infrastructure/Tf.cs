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

        public static string Gateway(string vnet, string subnetPrefix) => Subnet(vnet, "gateway", "GatewaySubnet", subnetPrefix) + $$"""
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

        /// <summary>A subnet of <paramref name="vnet"/> associated with a route table of one route (the arguments of its route block).</summary>
        public static string RoutedSubnet(string vnet, string subnetPrefix, string route) => Subnet(vnet, "workloads", "workloads", subnetPrefix) + $$"""
            resource "azurerm_route_table" "{{vnet}}" {
              name                = "rt-{{vnet}}"
              location            = "westeurope"
              resource_group_name = "rg-network"
              route {
                {{route}}
              }
            }

            resource "azurerm_subnet_route_table_association" "{{vnet}}_workloads" {
              subnet_id      = azurerm_subnet.{{vnet}}_workloads.id
              route_table_id = azurerm_route_table.{{vnet}}.id
            }

            """;

        /// <summary>A subnet resource <c>&lt;vnet&gt;_&lt;role&gt;</c> of <paramref name="vnet"/>, then a blank line.</summary>
        private static string Subnet(string vnet, string role, string name, string prefix) => $$"""
            resource "azurerm_subnet" "{{vnet}}_{{role}}" {
              name                 = "{{name}}"
              resource_group_name  = "rg-network"
              virtual_network_name = azurerm_virtual_network.{{vnet}}.name
              address_prefixes     = ["{{prefix}}"]
            }


            """;

        /// <summary>A variable without a default and no value: what it holds is not known.</summary>
        public static string Unknown(string name) => $$"""
            variable "{{name}}" {}

            """;
    }
}
