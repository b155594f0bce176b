resource "azapi_resource" "peering" {
  type      = "Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01"
  name      = "hub-to-spoke"
  parent_id = azurerm_virtual_network.hub.id
  body = jsonencode({
    properties = {
      remoteVirtualNetwork = { id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/spoke" }
      allowGatewayTransit  = true
    }
  })
}
