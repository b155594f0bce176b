// The hub of the sample estate: a VPN gateway, a firewall appliance, and the hub's side of each link.
param location string = 'westeurope'

resource hub 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'hub-weu'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.0.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'GatewaySubnet'
        properties: {
          addressPrefix: '10.0.255.0/27'
        }
      }
      {
        name: 'firewall'
        properties: {
          addressPrefix: '10.0.1.0/24'
        }
      }
    ]
  }
}

resource gatewayAddress 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
  name: 'hub-weu-vpn-ip'
  location: location
  sku: {
    name: 'Standard'
  }
  properties: {
    publicIPAllocationMethod: 'Static'
  }
}

resource gateway 'Microsoft.Network/virtualNetworkGateways@2024-05-01' = {
  name: 'hub-weu-vpn'
  location: location
  properties: {
    gatewayType: 'Vpn'
    vpnType: 'RouteBased'
    sku: {
      name: 'VpnGw1'
      tier: 'VpnGw1'
    }
    ipConfigurations: [
      {
        name: 'default'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', hub.name, 'GatewaySubnet')
          }
          publicIPAddress: {
            id: gatewayAddress.id
          }
        }
      }
    ]
  }
}

// Correct: the hub offers its gateway to the application spoke, which uses it (spoke-app.json).
resource hubToApp 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = {
  parent: hub
  name: 'hub-to-spoke-app'
  properties: {
    remoteVirtualNetwork: {
      id: resourceId('Microsoft.Network/virtualNetworks', 'spoke-app')
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: true
    allowGatewayTransit: true
  }
  dependsOn: [
    gateway
  ]
}

// The data spoke overlaps the application spoke, so Azure rejects this second link of the hub.
resource hubToData 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = { // expect: PEER202
  parent: hub
  name: 'hub-to-spoke-data'
  properties: {
    remoteVirtualNetwork: {
      id: resourceId('Microsoft.Network/virtualNetworks', 'spoke-data')
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: true
    allowGatewayTransit: true
  }
  dependsOn: [
    gateway
  ]
}
