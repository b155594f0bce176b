// The platform team's spoke module, published as peeringsamples.azurecr.io/network/spoke-vnet:1.0.0. The cache below
// (cache/br/...) is what `bicep restore` leaves for it: main.json is this file compiled by Bicep 0.49.2, manifest the
// module's OCI manifest, metadata the manifest's digest.
@description('Name of the spoke VNet.')
param name string

param location string = resourceGroup().location

@description('The spoke\'s address range; it must not overlap the hub\'s or another spoke\'s.')
param addressPrefix string

@description('Name of the hub VNet in this resource group; the module peers the spoke with it both ways.')
param hubName string

@description('The spoke reaches on-premises through the hub\'s gateway.')
param useHubGateway bool = true

resource hub 'Microsoft.Network/virtualNetworks@2024-05-01' existing = {
  name: hubName
}

resource spoke 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: name
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        addressPrefix
      ]
    }
  }
}

resource spokeToHub 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = {
  parent: spoke
  name: '${name}-to-${hubName}'
  properties: {
    remoteVirtualNetwork: {
      id: hub.id
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: true
    useRemoteGateways: useHubGateway
  }
}

resource hubToSpoke 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = {
  parent: hub
  name: '${hubName}-to-${name}'
  properties: {
    remoteVirtualNetwork: {
      id: spoke.id
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: true
    allowGatewayTransit: useHubGateway
  }
}

output id string = spoke.id
