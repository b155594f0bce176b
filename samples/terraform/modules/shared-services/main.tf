# Shared services (DNS, monitoring) in their own VNet, peered to the hub by the module itself.
resource "azurerm_virtual_network" "this" {
  name                = var.name
  location            = var.location
  resource_group_name = var.resource_group_name
  address_space       = [var.address_space]
}

resource "azurerm_subnet" "dns" {
  name                 = "dns"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.this.name
  address_prefixes     = ["10.90.1.4/24"] # expect: PEER204
}

# The hub never peers back to shared services: this link stays Initiated.
resource "azurerm_virtual_network_peering" "to_hub" { # expect: PEER301
  name                      = "shared-to-hub"
  resource_group_name       = var.resource_group_name
  virtual_network_name      = azurerm_virtual_network.this.name
  remote_virtual_network_id = var.hub_id
}
