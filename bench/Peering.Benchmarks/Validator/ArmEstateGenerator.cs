using System.Globalization;
using System.Linq;
using System.Text;

namespace Peering.Benchmarks.Validator
{
    /// <summary>
    /// Deterministic ARM JSON for the validator benchmarks: regional hub-and-spoke templates of ten VNets each (a hub,
    /// nine spokes in a copy loop, peerings both ways, a gateway and a route table) and their parameter files. Regions
    /// come in zones of ten whose first region's hub peers with the other nine hubs, by resource id across files.
    /// Every 50th region gives one spoke its hub's prefix, so the report has PEER201 findings to write.
    /// </summary>
    internal static class ArmEstateGenerator
    {
        private const string Schema = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";
        private const string ParametersSchema = "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#";

        private static readonly string[] Regions = { "westeurope", "northeurope", "eastus", "westus2", "uksouth", "swedencentral" };

        private const int ZoneSize = 10;

        /// <summary>The template of region <paramref name="index"/>.</summary>
        public static string RegionTemplate(int index)
        {
            var json = new StringBuilder();
            json.Append("{\n  \"$schema\": \"").Append(Schema).Append("\",\n  \"contentVersion\": \"1.0.0.0\",\n");
            json.Append("""
              "parameters": {
                "region": { "type": "string" },
                "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
                "network": { "type": "string" },
                "offset": { "type": "int" },
                "spokeCount": { "type": "int", "defaultValue": 9 },
                "clashingSpoke": { "type": "int", "defaultValue": -1 },
                "zoneHub": { "type": "string" },
                "zoneMembers": { "type": "array", "defaultValue": [] }
              },
              "variables": {
                "hubName": "[format('hub-{0}', parameters('region'))]",
                "hubPrefix": "[format('{0}.{1}.0/22', parameters('network'), parameters('offset'))]",
                "firewallIp": "[format('{0}.{1}.4', parameters('network'), add(parameters('offset'), 1))]"
              },
              "resources": [
            """).Append('\n');
            json.Append(Hub()).Append(",\n");
            json.Append(Gateway()).Append(",\n");
            json.Append(Spokes()).Append(",\n");
            json.Append(HubPeerings()).Append(",\n");
            json.Append(SpokePeerings()).Append(",\n");
            json.Append(RouteTable(index)).Append(",\n");
            json.Append(ZonePeerings());
            json.Append("\n  ]\n}\n");
            return json.ToString();
        }

        /// <summary>
        /// The parameter file of region <paramref name="index"/>: its own /20 of 10.0.0.0/8 (4,096 regions before
        /// they repeat), and for the first region of a zone the hubs of the zone's other regions.
        /// </summary>
        public static string RegionParameters(int index)
        {
            var zoneStart = index / ZoneSize * ZoneSize;
            var members = index == zoneStart
                ? string.Join(", ", Enumerable.Range(zoneStart + 1, ZoneSize - 1).Select(i => $"\"hub-{RegionName(i)}\""))
                : string.Empty;
            var clashing = index % 50 == 7 ? 3 : -1;
            return "{\n  \"$schema\": \"" + ParametersSchema + "\",\n  \"contentVersion\": \"1.0.0.0\",\n  \"parameters\": {\n"
                + $"    \"region\": {{ \"value\": \"{RegionName(index)}\" }},\n"
                + $"    \"location\": {{ \"value\": \"{Regions[index / ZoneSize % Regions.Length]}\" }},\n"
                + $"    \"network\": {{ \"value\": \"10.{(index / 16 % 256).ToString(CultureInfo.InvariantCulture)}\" }},\n"
                + $"    \"offset\": {{ \"value\": {(index % 16 * 16).ToString(CultureInfo.InvariantCulture)} }},\n"
                + $"    \"clashingSpoke\": {{ \"value\": {clashing.ToString(CultureInfo.InvariantCulture)} }},\n"
                + $"    \"zoneHub\": {{ \"value\": \"hub-{RegionName(zoneStart)}\" }},\n"
                + $"    \"zoneMembers\": {{ \"value\": [{members}] }}\n"
                + "  }\n}\n";
        }

        private static string RegionName(int index) => "r" + index.ToString("D4", CultureInfo.InvariantCulture);

        private static string Hub() => """
                {
                  "type": "Microsoft.Network/virtualNetworks",
                  "apiVersion": "2023-09-01",
                  "name": "[variables('hubName')]",
                  "location": "[parameters('location')]",
                  "properties": {
                    "addressSpace": { "addressPrefixes": [ "[variables('hubPrefix')]" ] },
                    "subnets": [
                      { "name": "GatewaySubnet", "properties": { "addressPrefix": "[format('{0}.{1}.0/26', parameters('network'), parameters('offset'))]" } },
                      { "name": "AzureFirewallSubnet", "properties": { "addressPrefix": "[format('{0}.{1}.0/26', parameters('network'), add(parameters('offset'), 1))]" } },
                      { "name": "shared", "properties": { "addressPrefix": "[format('{0}.{1}.0/24', parameters('network'), add(parameters('offset'), 2))]" } }
                    ]
                  }
                }
            """;

        private static string Gateway() => """
                {
                  "type": "Microsoft.Network/virtualNetworkGateways",
                  "apiVersion": "2023-09-01",
                  "name": "[format('{0}-vpngw', variables('hubName'))]",
                  "location": "[parameters('location')]",
                  "dependsOn": [ "[resourceId('Microsoft.Network/virtualNetworks', variables('hubName'))]" ],
                  "properties": {
                    "gatewayType": "Vpn",
                    "vpnType": "RouteBased",
                    "sku": { "name": "VpnGw1", "tier": "VpnGw1" },
                    "ipConfigurations": [
                      {
                        "name": "default",
                        "properties": {
                          "subnet": { "id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', variables('hubName'), 'GatewaySubnet')]" }
                        }
                      }
                    ]
                  }
                }
            """;

        private static string Spokes() => """
                {
                  "type": "Microsoft.Network/virtualNetworks",
                  "apiVersion": "2023-09-01",
                  "name": "[format('{0}-spoke{1}', parameters('region'), copyIndex(1))]",
                  "location": "[parameters('location')]",
                  "copy": { "name": "spokes", "count": "[parameters('spokeCount')]" },
                  "properties": {
                    "addressSpace": {
                      "addressPrefixes": [
                        "[if(equals(copyIndex(1), parameters('clashingSpoke')), variables('hubPrefix'), format('{0}.{1}.0/24', parameters('network'), add(parameters('offset'), add(copyIndex(), 4))))]"
                      ]
                    },
                    "subnets": [
                      { "name": "workload", "properties": { "addressPrefix": "[format('{0}.{1}.0/25', parameters('network'), add(parameters('offset'), add(copyIndex(), 4)))]" } }
                    ]
                  }
                }
            """;

        private static string HubPeerings() => """
                {
                  "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings",
                  "apiVersion": "2023-09-01",
                  "name": "[format('{0}/to-spoke{1}', variables('hubName'), copyIndex(1))]",
                  "copy": { "name": "hubPeerings", "count": "[parameters('spokeCount')]" },
                  "dependsOn": [ "spokes" ],
                  "properties": {
                    "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', format('{0}-spoke{1}', parameters('region'), copyIndex(1)))]" },
                    "allowVirtualNetworkAccess": true,
                    "allowForwardedTraffic": true,
                    "allowGatewayTransit": true,
                    "useRemoteGateways": false
                  }
                }
            """;

        private static string SpokePeerings() => """
                {
                  "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings",
                  "apiVersion": "2023-09-01",
                  "name": "[format('{0}-spoke{1}/to-hub', parameters('region'), copyIndex(1))]",
                  "copy": { "name": "spokePeerings", "count": "[parameters('spokeCount')]" },
                  "dependsOn": [ "spokes" ],
                  "properties": {
                    "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', variables('hubName'))]" },
                    "allowVirtualNetworkAccess": true,
                    "allowForwardedTraffic": true,
                    "allowGatewayTransit": false,
                    "useRemoteGateways": true
                  }
                }
            """;

        /// <summary>Spoke traffic to the other regions goes through the hub's firewall.</summary>
        private static string RouteTable(int index) => $$"""
                {
                  "type": "Microsoft.Network/routeTables",
                  "apiVersion": "2023-09-01",
                  "name": "[format('{0}-spokes-rt', parameters('region'))]",
                  "location": "[parameters('location')]",
                  "properties": {
                    "disableBgpRoutePropagation": true,
                    "routes": [
                      { "name": "default", "properties": { "addressPrefix": "0.0.0.0/0", "nextHopType": "VirtualAppliance", "nextHopIpAddress": "[variables('firewallIp')]" } },
                      { "name": "onprem", "properties": { "addressPrefix": "192.168.{{index % 256}}.0/24", "nextHopType": "VirtualNetworkGateway" } }
                    ]
                  }
                }
            """;

        /// <summary>Each hub peers with its zone's first hub, which peers back with every other hub of the zone.</summary>
        private static string ZonePeerings() => """
                {
                  "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings",
                  "apiVersion": "2023-09-01",
                  "name": "[format('{0}/to-zone-hub', variables('hubName'))]",
                  "condition": "[not(equals(variables('hubName'), parameters('zoneHub')))]",
                  "properties": {
                    "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', parameters('zoneHub'))]" },
                    "allowVirtualNetworkAccess": true,
                    "allowForwardedTraffic": true
                  }
                },
                {
                  "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings",
                  "apiVersion": "2023-09-01",
                  "name": "[format('{0}/to-{1}', variables('hubName'), parameters('zoneMembers')[copyIndex()])]",
                  "copy": { "name": "zonePeerings", "count": "[length(parameters('zoneMembers'))]" },
                  "properties": {
                    "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', parameters('zoneMembers')[copyIndex()])]" },
                    "allowVirtualNetworkAccess": true,
                    "allowForwardedTraffic": true
                  }
                }
            """;
    }
}
