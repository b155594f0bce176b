namespace Peering.Cli.Tests.Bicep
{
    /// <summary>A spoke module published to a registry, and files that use it; line numbers in the tests refer to these texts.</summary>
    internal static class RegistryModuleFixtures
    {
        public const string Registry = "example.azurecr.io";

        public const string Repository = "network/spoke";

        /// <summary>The module: a spoke whose peering to the hub sets both gateway flags (PEER102).</summary>
        public const string SpokeModule = """
            param name string
            param prefix string
            param hubId string

            resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {
              name: name
              location: 'westeurope'
              properties: { addressSpace: { addressPrefixes: [prefix] } }

              resource toHub 'virtualNetworkPeerings' = {
                name: 'to-hub'
                properties: {
                  remoteVirtualNetwork: { id: hubId }
                  allowGatewayTransit: true
                  useRemoteGateways: true
                }
              }
            }
            """;

        /// <summary>Calls the module at <paramref name="reference"/> on line 4.</summary>
        public static string Caller(string reference) => $$"""
            // The spoke comes from the team's registry.
            var hubId = resourceId('Microsoft.Network/virtualNetworks', 'hub')

            module spoke '{{reference}}' = {
              name: 'spoke'
              params: { name: 'spoke', prefix: '10.1.0.0/16', hubId: hubId }
            }
            """;

        /// <summary>A file with its own mistake (PEER102 on line 1) that uses no registry.</summary>
        public const string LocalMistake = """
            resource toSpoke 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2023-09-01' = {
              name: 'hub/to-spoke'
              properties: {
                remoteVirtualNetwork: { id: resourceId('Microsoft.Network/virtualNetworks', 'spoke') }
                allowGatewayTransit: true
                useRemoteGateways: true
              }
            }
            """;
    }
}
