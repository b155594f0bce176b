namespace Peering.Cli.Tests.Security
{
    /// <summary>Templates for the security tests: one with a planted mistake that must never be reported from outside the roots.</summary>
    internal static class SecurityFixtures
    {
        public const string Schema = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";

        /// <summary>A peering that sets both gateway flags (PEER102), on a VNet with a name no other fixture uses.</summary>
        public const string PlantedMistake = """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "resources": [
                { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "planted-outside", "location": "westeurope",
                  "properties": { "addressSpace": { "addressPrefixes": [ "10.66.0.0/16" ] },
                    "virtualNetworkPeerings": [ { "name": "planted-peering", "properties": { "allowGatewayTransit": true, "useRemoteGateways": true } } ] } }
              ]
            }
            """;

        /// <summary>A template whose only deployment links to <paramref name="relativePath"/>.</summary>
        public static string Linking(string relativePath) =>
            "{ \"$schema\": \"" + Schema + "\", \"resources\": [ { \"type\": \"Microsoft.Resources/deployments\", \"apiVersion\": \"2022-09-01\", \"name\": \"linked\", "
            + "\"properties\": { \"mode\": \"Incremental\", \"templateLink\": { \"relativePath\": \"" + relativePath.Replace("\\", "\\\\") + "\" } } } ] }";
    }
}
