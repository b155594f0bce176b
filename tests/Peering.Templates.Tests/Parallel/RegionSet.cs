using System.Collections.Generic;
using System.Globalization;
using Peering.Templates.Tests.Infrastructure;

namespace Peering.Templates.Tests.Parallel
{
    /// <summary>
    /// A multi-file set whose files depend on each other and on their order: a hub and three spokes per file, every hub
    /// peering with the hub of the first file (by resource id, one-sided: PEER301), some spokes overlapping their hub
    /// (PEER201), some files that do not parse (PEER901), calls that are not evaluated where a rule needs them (PEER902)
    /// and where none does (counted), parameter files, and a suppression on one resource.
    /// </summary>
    internal static class RegionSet
    {
        public const int BrokenEvery = 8;

        public static IReadOnlyList<TemplateDocument> Documents(int regions)
        {
            var documents = new List<TemplateDocument>();
            for (var i = 0; i < regions; i++)
            {
                var path = "zone" + (i / 10).ToString(CultureInfo.InvariantCulture) + "/region" + i.ToString("D2", CultureInfo.InvariantCulture) + ".json";
                var text = i % BrokenEvery == BrokenEvery - 1 ? "{ \"$schema\": \"" + TemplateRun.Schema + "\", \"resources\": [ {" : Template(i);
                documents.Add(i % 2 == 0
                    ? new TemplateDocument(path, text) { ParametersPath = path.Replace(".json", ".parameters.json"), ParametersJsonText = Parameters(i) }
                    : new TemplateDocument(path, text));
            }

            return documents;
        }

        private static string Template(int i)
        {
            var hub = "hub-r" + i.ToString("D4", CultureInfo.InvariantCulture);
            var clashingSpoke = i % 5 == 2 ? 2 : -1;
            var owner = i % 6 == 1 ? "[reference('owners').primary]" : "network-team";
            var access = i % 7 == 3 ? "[reference('policy').allowAccess]" : "true";
            var suppression = i == 5 ? """, "metadata": { "peering-check": { "suppress": "PEER301", "justification": "peered back by the core team" } }""" : string.Empty;
            var resources = $$"""
                [
                  { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "{{hub}}", "location": "[parameters('location')]",
                    "tags": { "owner": "{{owner}}" },
                    "properties": { "addressSpace": { "addressPrefixes": [ "10.{{i}}.0.0/20" ] } } },
                  { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "[format('r{{i}}-spoke{0}', copyIndex(1))]", "location": "[parameters('location')]",
                    "copy": { "name": "spokes", "count": 3 },
                    "properties": { "addressSpace": { "addressPrefixes": [ "[if(equals(copyIndex(1), {{clashingSpoke}}), '10.{{i}}.0.0/24', format('10.{{i}}.{0}.0/24', add(copyIndex(), 16)))]" ] } } },
                  { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "[format('{{hub}}/to-spoke{0}', copyIndex(1))]",
                    "copy": { "name": "out", "count": 3 },
                    "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', format('r{{i}}-spoke{0}', copyIndex(1)))]" } } },
                  { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "[format('r{{i}}-spoke{0}/to-hub', copyIndex(1))]",
                    "copy": { "name": "back", "count": 3 },
                    "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', '{{hub}}')]" } } },
                  { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "{{hub}}/to-core",
                    "condition": "[not(equals('{{hub}}', 'hub-r0000'))]"{{suppression}},
                    "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'hub-r0000')]" }, "allowVirtualNetworkAccess": "{{access}}" } }
                ]
                """;
            return TemplateRun.Template(resources, """{ "location": { "type": "string", "defaultValue": "westeurope" } }""");
        }

        private static string Parameters(int i) =>
            "{ \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#\", \"contentVersion\": \"1.0.0.0\", "
            + "\"parameters\": { \"location\": { \"value\": \"" + (i % 4 == 0 ? "northeurope" : "eastus") + "\" } } }";
    }
}
