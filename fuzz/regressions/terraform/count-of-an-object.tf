resource "azurerm_virtual_network" "x" {
  count = {}
}

resource "azurerm_virtual_network_peering" "y" {
  for_each = 5
}
