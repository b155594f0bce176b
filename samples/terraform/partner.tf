# A partner's VNet joined to the application spoke by subnet peering: only the spoke's workloads subnet and the
# partner's integration subnet are peered (azurerm 3.109+), so the rest of either network stays out of reach.
resource "azurerm_virtual_network" "partner" {
  name                = "vnet-${local.prefix}-partner"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  address_space       = ["10.70.0.0/16"]

  subnet {
    name             = "integration"
    address_prefixes = ["10.70.1.0/24"]
  }
}

resource "azurerm_virtual_network_peering" "app_to_partner" {
  name                                   = "app-to-partner"
  resource_group_name                    = azurerm_resource_group.network.name
  virtual_network_name                   = azurerm_virtual_network.spoke["app"].name
  remote_virtual_network_id              = azurerm_virtual_network.partner.id
  peer_complete_virtual_networks_enabled = false
  local_subnet_names                     = ["workloads"]
  remote_subnet_names                    = ["integration"]
}

# The way back names the spoke's subnet "workload": the spoke has "workloads" and "data" only.
resource "azurerm_virtual_network_peering" "partner_to_app" { # expect: PEER206
  name                                   = "partner-to-app"
  resource_group_name                    = azurerm_resource_group.network.name
  virtual_network_name                   = azurerm_virtual_network.partner.name
  remote_virtual_network_id              = azurerm_virtual_network.spoke["app"].id
  peer_complete_virtual_networks_enabled = false
  local_subnet_names                     = ["integration"]
  remote_subnet_names                    = ["workload"]
}
