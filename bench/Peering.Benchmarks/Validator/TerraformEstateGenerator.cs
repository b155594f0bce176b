using System.Globalization;

namespace Peering.Benchmarks.Validator
{
    /// <summary>
    /// Deterministic Terraform for the validator benchmarks: one root module per region, each a hub with a VPN gateway
    /// and nine spokes made by a local module called with <c>for_each</c> over a <c>terraform.tfvars</c> map, peered
    /// both ways by reference, prefixes from <c>cidrsubnet</c>. Every 50th region gives one spoke its hub's prefix, so
    /// the report has findings to write. The spoke module is shared by all regions, as a repository shares it.
    /// </summary>
    internal static class TerraformEstateGenerator
    {
        public const string SpokeModule = """
            variable "name" { type = string }
            variable "location" { type = string }
            variable "address_space" { type = list(string) }
            variable "hub" {
              type = object({ id = string, name = string, resource_group_name = string })
            }

            resource "azurerm_virtual_network" "this" {
              name                = var.name
              location            = var.location
              resource_group_name = var.hub.resource_group_name
              address_space       = var.address_space

              dynamic "subnet" {
                for_each = { workloads = 1, data = 2 }
                content {
                  name             = subnet.key
                  address_prefixes = [cidrsubnet(var.address_space[0], 4, subnet.value)]
                }
              }
            }

            resource "azurerm_virtual_network_peering" "to_hub" {
              name                      = "${var.name}-to-hub"
              resource_group_name       = var.hub.resource_group_name
              virtual_network_name      = azurerm_virtual_network.this.name
              remote_virtual_network_id = var.hub.id
              allow_forwarded_traffic   = true
              use_remote_gateways       = true
            }

            resource "azurerm_virtual_network_peering" "from_hub" {
              name                      = "hub-to-${var.name}"
              resource_group_name       = var.hub.resource_group_name
              virtual_network_name      = var.hub.name
              remote_virtual_network_id = azurerm_virtual_network.this.id
              allow_forwarded_traffic   = true
              allow_gateway_transit     = true
            }
            """;

        public static string Region(int index) => """
            variable "region" { type = string }
            variable "network" { type = string }
            variable "spokes" {
              type = map(object({ netnum = number }))
            }

            locals {
              hub_space = cidrsubnet(var.network, 6, 0)
            }

            resource "azurerm_resource_group" "network" {
              name     = "rg-${var.region}"
              location = "westeurope"
            }

            resource "azurerm_virtual_network" "hub" {
              name                = "hub-${var.region}"
              location            = azurerm_resource_group.network.location
              resource_group_name = azurerm_resource_group.network.name
              address_space       = [local.hub_space]

              subnet {
                name             = "GatewaySubnet"
                address_prefixes = [cidrsubnet(local.hub_space, 5, 31)]
              }
            }

            resource "azurerm_virtual_network_gateway" "hub" {
              name                = "vgw-${var.region}"
              location            = azurerm_resource_group.network.location
              resource_group_name = azurerm_resource_group.network.name
              type                = "Vpn"
              sku                 = "VpnGw1"
              ip_configuration {
                subnet_id = [for s in azurerm_virtual_network.hub.subnet : s.id if s.name == "GatewaySubnet"][0]
              }
            }

            module "spoke" {
              source   = "../modules/spoke"
              for_each = var.spokes

              name          = "spoke-${var.region}-${each.key}"
              location      = azurerm_resource_group.network.location
              address_space = [cidrsubnet(var.network, 6, each.value.netnum)]
              hub           = azurerm_virtual_network.hub
            }
            """;

        public static string Values(int index)
        {
            var clash = index % 50 == 0 ? 0 : 1;
            var spokes = string.Empty;
            for (var spoke = 1; spoke <= 9; spoke++)
            {
                spokes += "  s" + spoke.ToString(CultureInfo.InvariantCulture) + " = { netnum = " + (spoke == 9 ? clash * 9 : spoke).ToString(CultureInfo.InvariantCulture) + " }\n";
            }

            return "region  = \"r" + index.ToString("D4", CultureInfo.InvariantCulture) + "\"\n"
                + "network = \"10." + (index % 256).ToString(CultureInfo.InvariantCulture) + ".0.0/16\"\n"
                + "spokes = {\n" + spokes + "}\n";
        }
    }
}
