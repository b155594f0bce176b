namespace Peering.Terraform.Azure
{
    /// <summary>The ARM types an <c>azapi_resource</c> may have that the checks read (its <c>type</c> is <c>Type@apiVersion</c>).</summary>
    internal static class AzapiTypes
    {
        public const string VirtualNetwork = "Microsoft.Network/virtualNetworks";
        public const string Subnet = "Microsoft.Network/virtualNetworks/subnets";
        public const string Peering = "Microsoft.Network/virtualNetworks/virtualNetworkPeerings";
        public const string Gateway = "Microsoft.Network/virtualNetworkGateways";
        public const string RouteTable = "Microsoft.Network/routeTables";

        /// <summary>True when <paramref name="resource"/> is an azapi resource of <paramref name="armType"/> (any API version).</summary>
        public static bool Is(ResourceFacts resource, string armType) =>
            resource.Type == "azapi_resource" && LocatedFacts.Text(resource.Argument("type")) is string type
            && string.Equals(type.Split('@')[0], armType, System.StringComparison.OrdinalIgnoreCase);

        /// <summary>A value of the body by its ARM path, e.g. <c>properties.useRemoteGateways</c>, at the line of its key when the body is written as an object.</summary>
        public static Located? Body(ResourceFacts resource, string path)
        {
            var value = LocatedFacts.Path(resource.Argument("body"), path);
            return value != null && resource.BodyLocations.TryGetValue(path, out var key) ? value with { Location = key } : value;
        }
    }
}
