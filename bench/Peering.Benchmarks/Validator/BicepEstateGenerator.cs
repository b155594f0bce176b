using System.Globalization;

namespace Peering.Benchmarks.Validator
{
    /// <summary>
    /// Deterministic Bicep files of a regional hub-and-spoke estate, ten VNets each: a hub, nine spokes in a <c>for</c>
    /// loop, peerings both ways with <c>parent</c>, and a route table. Each file stands alone, as a repository of
    /// per-region templates does, so <c>bicep build --pattern</c> and peering-check compile the same set.
    /// </summary>
    internal static class BicepEstateGenerator
    {
        public static string Region(int index)
        {
            var block = index + 1;
            var octets = block < 256 ? $"10.{block}" : $"100.{64 + (block - 256) % 64}";
            var region = "b" + index.ToString("D4", CultureInfo.InvariantCulture);
            return $$"""
                param location string = resourceGroup().location
                param spokeCount int = 9

                var hubName = 'hub-{{region}}'
                var block = '{{octets}}'

                resource hub 'Microsoft.Network/virtualNetworks@2023-09-01' = {
                  name: hubName
                  location: location
                  properties: {
                    addressSpace: { addressPrefixes: [ '${block}.0.0/20' ] }
                    subnets: [
                      { name: 'GatewaySubnet', properties: { addressPrefix: '${block}.0.0/26' } }
                      { name: 'AzureFirewallSubnet', properties: { addressPrefix: '${block}.1.0/26' } }
                    ]
                  }
                }

                resource spokes 'Microsoft.Network/virtualNetworks@2023-09-01' = [for i in range(1, spokeCount): {
                  name: '{{region}}-spoke${i}'
                  location: location
                  properties: {
                    addressSpace: { addressPrefixes: [ '${block}.${15 + i}.0/24' ] }
                  }
                }]

                resource hubToSpokes 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2023-09-01' = [for i in range(0, spokeCount): {
                  parent: hub
                  name: 'to-spoke${i + 1}'
                  properties: {
                    remoteVirtualNetwork: { id: spokes[i].id }
                    allowVirtualNetworkAccess: true
                    allowForwardedTraffic: true
                  }
                }]

                resource spokesToHub 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2023-09-01' = [for i in range(0, spokeCount): {
                  parent: spokes[i]
                  name: 'to-hub'
                  properties: {
                    remoteVirtualNetwork: { id: hub.id }
                    allowVirtualNetworkAccess: true
                    allowForwardedTraffic: true
                  }
                }]

                resource routes 'Microsoft.Network/routeTables@2023-09-01' = {
                  name: '{{region}}-spokes-rt'
                  location: location
                  properties: {
                    disableBgpRoutePropagation: true
                    routes: [
                      { name: 'default', properties: { addressPrefix: '0.0.0.0/0', nextHopType: 'VirtualAppliance', nextHopIpAddress: '${block}.1.4' } }
                    ]
                  }
                }

                """;
        }
    }
}
