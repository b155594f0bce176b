# Every construct of the reader in a small hub and two spokes, as a seed the fuzzer mutates.
locals {
  spokes   = { a = "10.1.0.0/16", b = "10.2.0.0/16" }
  names    = [for k, v in local.spokes : upper("${k}-${v}") if v != ""]
  grouped  = { for k, v in local.spokes : substr(k, 0, 1) => v... }
  text     = "%{for k in keys(local.spokes)}${k},%{endfor}%{if true}x%{else}y%{endif} $${raw}"
  heredoc  = <<-EOT
    ${local.names[0]}
  EOT
  splat    = azurerm_virtual_network.spoke[*].name
  math     = (1 + 2 * 3 - 4 / 2) % 5 > 1 ? -1 : 1
  hosts    = cidrhost(cidrsubnet("10.0.0.0/16", 8, 255), -2)
}

resource "azurerm_virtual_network" "hub" {
  name                = "hub"
  location            = "West Europe"
  resource_group_name = "rg"
  address_space       = ["10.0.0.0/16"]
  subnet {
    name             = "GatewaySubnet"
    address_prefixes = [cidrsubnet("10.0.0.0/16", 11, 2047)]
  }
}

resource "azurerm_virtual_network" "spoke" {
  count               = length(local.spokes)
  name                = "spoke-${count.index}"
  location            = "westeurope"
  resource_group_name = "rg"
  address_space       = [values(local.spokes)[count.index]]
  dynamic "subnet" {
    for_each = toset(["x", "y"])
    content {
      name             = subnet.value
      address_prefixes = [cidrsubnet(values(local.spokes)[count.index], 8, index(["x", "y"], subnet.value))]
    }
  }
}

resource "azurerm_virtual_network_gateway" "hub" {
  name                = "vgw"
  location            = "westeurope"
  resource_group_name = "rg"
  type                = "Vpn"
  sku                 = "VpnGw1"
  ip_configuration {
    subnet_id = [for s in azurerm_virtual_network.hub.subnet : s.id if s.name == "GatewaySubnet"][0]
  }
}

resource "azurerm_virtual_network_peering" "spoke_to_hub" {
  for_each                  = { for i, v in azurerm_virtual_network.spoke : v.name => v }
  name                      = "${each.key}-to-hub"
  resource_group_name       = "rg"
  virtual_network_name      = each.value.name
  remote_virtual_network_id = azurerm_virtual_network.hub.id
  use_remote_gateways       = true
}

resource "azurerm_virtual_network_peering" "hub_to_spoke" {
  count                     = 2
  name                      = "hub-to-${count.index}"
  resource_group_name       = "rg"
  virtual_network_name      = azurerm_virtual_network.hub.name
  remote_virtual_network_id = azurerm_virtual_network.spoke[count.index].id
  allow_gateway_transit     = true
}
