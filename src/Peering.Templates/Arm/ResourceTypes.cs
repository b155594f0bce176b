using System;

namespace Peering.Templates.Arm
{
    /// <summary>The resource types the reader understands.</summary>
    internal static class ResourceTypes
    {
        public const string VirtualNetwork = "Microsoft.Network/virtualNetworks";
        public const string Peering = "Microsoft.Network/virtualNetworks/virtualNetworkPeerings";
        public const string Subnet = "Microsoft.Network/virtualNetworks/subnets";
        public const string Gateway = "Microsoft.Network/virtualNetworkGateways";

        /// <summary>A Route Server is a virtual hub with an IP configuration in the VNet's RouteServerSubnet.</summary>
        public const string HubIpConfiguration = "Microsoft.Network/virtualHubs/ipConfigurations";

        public const string RouteTable = "Microsoft.Network/routeTables";
        public const string Route = "Microsoft.Network/routeTables/routes";
        public const string Deployment = Expressions.NestedDeployment.ResourceType;
        public const string PolicyDefinition = "Microsoft.Authorization/policyDefinitions";

        private static readonly string[] Read = { VirtualNetwork, Peering, Subnet, Gateway, HubIpConfiguration, RouteTable, Route };

        /// <summary>True for the types the topology is built from; their unevaluated constructs are the ones worth reporting.</summary>
        public static bool IsRead(string type) => Array.Exists(Read, t => string.Equals(t, type, StringComparison.OrdinalIgnoreCase));
    }
}
