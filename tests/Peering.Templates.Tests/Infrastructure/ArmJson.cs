namespace Peering.Templates.Tests.Infrastructure
{
    /// <summary>One-line ARM resources for tests about how VNets relate, so each test shows only what matters to it.</summary>
    internal static class ArmJson
    {
        /// <summary>A VNet with inline peerings (each from <see cref="Link"/>).</summary>
        public static string VNet(string name, string prefix, params string[] peerings) =>
            "{ \"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2023-09-01\", \"name\": \"" + name + "\", \"location\": \"westeurope\", "
            + "\"properties\": { \"addressSpace\": { \"addressPrefixes\": [ \"" + prefix + "\" ] }, "
            + "\"subnets\": [ { \"name\": \"GatewaySubnet\", \"properties\": { \"addressPrefix\": \"" + prefix.Replace(".0.0/16", ".255.0/27") + "\" } } ], "
            + "\"virtualNetworkPeerings\": [ " + string.Join(", ", peerings) + " ] } }";

        /// <summary>An inline peering to the VNet named <paramref name="remote"/>; <paramref name="flags"/> is e.g. <c>"useRemoteGateways": true</c>.</summary>
        public static string Link(string name, string remote, string flags = "") =>
            "{ \"name\": \"" + name + "\", \"properties\": { \"remoteVirtualNetwork\": { \"id\": \"[resourceId('Microsoft.Network/virtualNetworks', '" + remote + "')]\" }"
            + (flags.Length == 0 ? string.Empty : ", " + flags) + " } }";

        /// <summary>A VPN gateway in the GatewaySubnet of <paramref name="vnet"/>.</summary>
        public static string Gateway(string vnet) =>
            "{ \"type\": \"Microsoft.Network/virtualNetworkGateways\", \"apiVersion\": \"2023-09-01\", \"name\": \"" + vnet + "-gw\", \"location\": \"westeurope\", "
            + "\"properties\": { \"ipConfigurations\": [ { \"name\": \"ip\", \"properties\": { \"subnet\": { \"id\": \"[resourceId('Microsoft.Network/virtualNetworks/subnets', '" + vnet + "', 'GatewaySubnet')]\" } } } ] } }";

        public static TemplateDocument File(string path, params string[] resources) =>
            new TemplateDocument(path, TemplateRun.Template("[\n" + string.Join(",\n", resources) + "\n]"));
    }
}
