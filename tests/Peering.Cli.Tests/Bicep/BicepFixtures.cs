namespace Peering.Cli.Tests.Bicep
{
    /// <summary>Bicep files for the compiler tests; line numbers in the tests refer to these texts.</summary>
    internal static class BicepFixtures
    {
        // Line 3: hub; line 10 (column 3): nested toSpoke (after a suppression on line 9); line 19: loop; line 24: module.
        public const string Hub = """
            param location string = 'westeurope'

            resource hub 'Microsoft.Network/virtualNetworks@2023-09-01' = {
              name: 'hub'
              location: location
              properties: {
                addressSpace: { addressPrefixes: ['10.0.0.0/16'] }
              }
              #disable-next-line PEER301 peer102
              resource toSpoke 'virtualNetworkPeerings' = {
                name: 'to-spoke'
                properties: {
                  allowGatewayTransit: true
                  useRemoteGateways: true
                  remoteVirtualNetwork: { id: resourceId('Microsoft.Network/virtualNetworks', 'spoke') }
                }
              }
            }
            resource loopPeerings 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2023-09-01' = [for name in ['a', 'b']: {
              parent: hub
              name: name
              properties: {}
            }]
            module spoke 'modules/spoke.bicep' = {
              name: 'spoke-deployment'
              params: { location: location }
            }
            """;

        public const string SpokeModule = """
            param location string

            resource spoke 'Microsoft.Network/virtualNetworks@2023-09-01' = {
              name: 'spoke'
              location: location
              properties: {
                addressSpace: { addressPrefixes: ['10.1.0.0/16'] }
              }
            }
            """;

        // An existing VNet is not emitted; a decorator sits between the suppression and the declaration (line 7).
        public const string Decorated = """
            resource old 'Microsoft.Network/virtualNetworks@2023-09-01' existing = {
              name: 'old'
            }

            #disable-next-line PEER303
            @description('peering of the old VNet')
            resource fromOld 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2023-09-01' = {
              parent: old
              name: 'from-old'
              properties: {}
            }
            """;

        // Line 2, column 17 (the "="): the resource keyword has no type string.
        public const string Broken = """
            param location string = 'westeurope'
            resource broken = {
              name: 'x'
            }
            """;

        public const string HubParameters = """
            using 'hub.bicep'

            param location = 'northeurope'
            """;
    }
}
