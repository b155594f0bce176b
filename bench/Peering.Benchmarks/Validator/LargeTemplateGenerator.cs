using System.Globalization;
using System.Text;

namespace Peering.Benchmarks.Validator
{
    /// <summary>
    /// One deterministic ARM template of a chosen size: a global estate written as one nested deployment per region
    /// (inner expression scope, its own parameters), each with a hub, twenty spokes and their peerings in copy loops,
    /// and a second-level nested deployment (outer scope) with the region's route table of written routes. Size grows
    /// by adding regions, so resources grow with bytes as they do in a real template.
    /// </summary>
    internal static class LargeTemplateGenerator
    {
        private const int SpokesPerRegion = 20;
        private const int RoutesPerRegion = 90;

        private const string Schema = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";

        /// <summary>A template of at least <paramref name="bytes"/> characters (ASCII, so bytes too).</summary>
        public static string Generate(int bytes)
        {
            var json = new StringBuilder(bytes + 64 * 1024);
            json.Append("{\n  \"$schema\": \"").Append(Schema).Append("\",\n  \"contentVersion\": \"1.0.0.0\",\n");
            json.Append("  \"parameters\": { \"location\": { \"type\": \"string\", \"defaultValue\": \"westeurope\" } },\n");
            json.Append("  \"resources\": [\n");
            for (var region = 0; json.Length < bytes; region++)
            {
                if (region > 0)
                {
                    json.Append(",\n");
                }

                AppendRegion(json, region);
            }

            json.Append("\n  ]\n}\n");
            return json.ToString();
        }

        private static void AppendRegion(StringBuilder json, int region)
        {
            // Each region has its own /19 of 10.0.0.0/8: a /22 hub and twenty /24 spokes.
            var network = "10." + (region / 8 % 256).ToString(CultureInfo.InvariantCulture);
            var offset = region % 8 * 32;
            json.Append($$"""
                {
                  "type": "Microsoft.Resources/deployments",
                  "apiVersion": "2022-09-01",
                  "name": "region-{{region.ToString("D4", CultureInfo.InvariantCulture)}}",
                  "properties": {
                    "mode": "Incremental",
                    "expressionEvaluationOptions": { "scope": "inner" },
                    "parameters": {
                      "region": { "value": "r{{region.ToString("D4", CultureInfo.InvariantCulture)}}" },
                      "location": { "value": "[parameters('location')]" },
                      "network": { "value": "{{network}}" },
                      "offset": { "value": {{offset}} },
                      "spokeCount": { "value": {{SpokesPerRegion}} }
                    },
                    "template": {
                      "$schema": "{{Schema}}",
                      "contentVersion": "1.0.0.0",
                      "parameters": {
                        "region": { "type": "string" },
                        "location": { "type": "string" },
                        "network": { "type": "string" },
                        "offset": { "type": "int" },
                        "spokeCount": { "type": "int" }
                      },
                      "variables": {
                        "hubName": "[format('hub-{0}', parameters('region'))]",
                        "firewallIp": "[format('{0}.{1}.4', parameters('network'), add(parameters('offset'), 1))]"
                      },
                      "resources": [
                        {
                          "type": "Microsoft.Network/virtualNetworks",
                          "apiVersion": "2023-09-01",
                          "name": "[variables('hubName')]",
                          "location": "[parameters('location')]",
                          "properties": {
                            "addressSpace": { "addressPrefixes": [ "[format('{0}.{1}.0/22', parameters('network'), parameters('offset'))]" ] },
                            "subnets": [
                              { "name": "GatewaySubnet", "properties": { "addressPrefix": "[format('{0}.{1}.0/26', parameters('network'), parameters('offset'))]" } },
                              { "name": "AzureFirewallSubnet", "properties": { "addressPrefix": "[format('{0}.{1}.0/26', parameters('network'), add(parameters('offset'), 1))]" } }
                            ]
                          }
                        },
                        {
                          "type": "Microsoft.Network/virtualNetworks",
                          "apiVersion": "2023-09-01",
                          "name": "[format('{0}-spoke{1}', parameters('region'), copyIndex(1))]",
                          "location": "[parameters('location')]",
                          "copy": { "name": "spokes", "count": "[parameters('spokeCount')]" },
                          "properties": {
                            "addressSpace": { "addressPrefixes": [ "[format('{0}.{1}.0/24', parameters('network'), add(parameters('offset'), add(copyIndex(), 4)))]" ] }
                          }
                        },
                        {
                          "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings",
                          "apiVersion": "2023-09-01",
                          "name": "[format('{0}/to-spoke{1}', variables('hubName'), copyIndex(1))]",
                          "copy": { "name": "hubPeerings", "count": "[parameters('spokeCount')]" },
                          "properties": {
                            "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', format('{0}-spoke{1}', parameters('region'), copyIndex(1)))]" },
                            "allowVirtualNetworkAccess": true,
                            "allowForwardedTraffic": true
                          }
                        },
                        {
                          "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings",
                          "apiVersion": "2023-09-01",
                          "name": "[format('{0}-spoke{1}/to-hub', parameters('region'), copyIndex(1))]",
                          "copy": { "name": "spokePeerings", "count": "[parameters('spokeCount')]" },
                          "properties": {
                            "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', variables('hubName'))]" },
                            "allowVirtualNetworkAccess": true,
                            "allowForwardedTraffic": true
                          }
                        },
                        {
                          "type": "Microsoft.Resources/deployments",
                          "apiVersion": "2022-09-01",
                          "name": "[format('{0}-routing', parameters('region'))]",
                          "properties": {
                            "mode": "Incremental",
                            "template": {
                              "$schema": "{{Schema}}",
                              "contentVersion": "1.0.0.0",
                              "resources": [
                                {
                                  "type": "Microsoft.Network/routeTables",
                                  "apiVersion": "2023-09-01",
                                  "name": "[format('{0}-spokes-rt', parameters('region'))]",
                                  "location": "[parameters('location')]",
                                  "properties": {
                                    "disableBgpRoutePropagation": true,
                                    "routes": [

            """);
            for (var route = 0; route < RoutesPerRegion; route++)
            {
                json.Append(route == 0 ? string.Empty : ",\n");
                json.Append($$"""
                                          {
                                            "name": "to-172-{{16 + route / 8}}-{{route % 8 * 32}}",
                                            "properties": { "addressPrefix": "172.{{16 + route / 8}}.{{route % 8 * 32}}.0/19", "nextHopType": "VirtualAppliance", "nextHopIpAddress": "[variables('firewallIp')]" }
                                          }
                    """);
            }

            json.Append("""

                                    ]
                                  }
                                }
                              ]
                            }
                          }
                        }
                      ]
                    }
                  }
                }
            """);
        }
    }
}
