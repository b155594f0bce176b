# One VNet per spoke and a peering in each direction, all from var.spokes (terraform.tfvars).
resource "azurerm_virtual_network" "spoke" {
  for_each            = var.spokes
  name                = "vnet-${local.prefix}-${each.key}"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  address_space       = each.value.address_space

  dynamic "subnet" {
    for_each = { workloads = 1, data = 2 }
    content {
      name             = subnet.key
      address_prefixes = [cidrsubnet(each.value.address_space[0], 8, subnet.value)]
    }
  }
}

resource "azurerm_virtual_network_peering" "hub_to_spoke" { # expect: PEER202
  for_each                  = azurerm_virtual_network.spoke
  name                      = "hub-to-${each.key}"
  resource_group_name       = azurerm_resource_group.network.name
  virtual_network_name      = azurerm_virtual_network.hub.name
  remote_virtual_network_id = each.value.id
  allow_forwarded_traffic   = true
  allow_gateway_transit     = var.spokes[each.key].hub_offers_gateway
}

resource "azurerm_virtual_network_peering" "spoke_to_hub" {
  for_each                  = var.spokes
  name                      = "${each.key}-to-hub"
  resource_group_name       = azurerm_resource_group.network.name
  virtual_network_name      = azurerm_virtual_network.spoke[each.key].name
  remote_virtual_network_id = azurerm_virtual_network.hub.id
  allow_forwarded_traffic   = true
  use_remote_gateways       = each.value.use_hub_gateway # expect: PEER104

  # Azure checks the hub's gateway and its peering back when it creates a peering that uses the gateway.
  depends_on = [azurerm_virtual_network_gateway.vpn, azurerm_virtual_network_peering.hub_to_spoke]
}
