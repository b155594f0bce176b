# The hub of the Terraform sample estate: a VPN gateway in the hub, spokes peered to it (spokes.tf), and a shared
# services VNet from a local module (modules/shared-services). Planted mistakes are marked "# expect: PEERnnn".
terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

provider "azurerm" {
  features {}
}

locals {
  location = "West Europe"
  prefix   = "contoso-${var.environment}"
}

resource "azurerm_resource_group" "network" {
  name     = "rg-${local.prefix}-network"
  location = local.location
}

resource "azurerm_virtual_network" "hub" {
  name                = "vnet-${local.prefix}-hub"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  address_space       = [var.hub_address_space]

  subnet {
    name             = "AzureFirewallSubnet"
    address_prefixes = [cidrsubnet(var.hub_address_space, 10, 0)]
  }
}

resource "azurerm_subnet" "gateway" {
  name                 = "GatewaySubnet"
  resource_group_name  = azurerm_resource_group.network.name
  virtual_network_name = azurerm_virtual_network.hub.name
  address_prefixes     = [cidrsubnet(var.hub_address_space, 11, 2047)]
}

resource "azurerm_public_ip" "vpn" {
  name                = "pip-${local.prefix}-vpn"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  allocation_method   = "Static"
}

resource "azurerm_virtual_network_gateway" "vpn" {
  name                = "vgw-${local.prefix}"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  type                = "Vpn"
  sku                 = "VpnGw1"

  ip_configuration {
    subnet_id            = azurerm_subnet.gateway.id
    public_ip_address_id = azurerm_public_ip.vpn.id
  }
}

module "shared_services" {
  source = "./modules/shared-services"

  resource_group_name = azurerm_resource_group.network.name
  location            = azurerm_resource_group.network.location
  name                = "vnet-${local.prefix}-shared"
  address_space       = "10.90.0.0/16"
  hub_id              = azurerm_virtual_network.hub.id
}
