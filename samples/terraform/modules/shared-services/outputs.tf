output "id" {
  value = azurerm_virtual_network.this.id
}
