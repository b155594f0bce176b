// The data spoke. Its range was carved out of the application spoke's by mistake.
param location string = 'westeurope'

resource spoke 'Microsoft.Network/virtualNetworks@2024-05-01' = { // expect: PEER204
  name: 'spoke-data'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.1.128.0/17'
      ]
    }
    subnets: [
      {
        name: 'databases'
        properties: {
          addressPrefix: '10.1.130.5/24'
        }
      }
    ]
  }
}

// Copied from the hub's side: the spoke both offers a gateway it does not have and uses the hub's.
resource toHub 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = { // expect: PEER102
  parent: spoke
  name: 'spoke-data-to-hub'
  properties: {
    remoteVirtualNetwork: {
      id: resourceId('Microsoft.Network/virtualNetworks', 'hub-weu')
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: true
    allowGatewayTransit: true
    useRemoteGateways: true
  }
}
