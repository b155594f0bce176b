namespace Peering.Rules.Model
{
    /// <summary>One user-defined route of a route table.</summary>
    public sealed class Route
    {
        public Route(RouteTable table, object? declaration)
        {
            Table = table;
            Declaration = declaration;
        }

        public RouteTable Table { get; }

        /// <summary>Where the route is defined (the object creation, the template resource).</summary>
        public object? Declaration { get; }

        public Fact<string> Name { get; set; }

        /// <summary>The destination prefix as written (a CIDR, or a service tag such as <c>Internet</c>).</summary>
        public Fact<string> AddressPrefix { get; set; }

        /// <summary>
        /// The next hop type as ARM spells it: <c>VirtualAppliance</c>, <c>VirtualNetworkGateway</c>, <c>VnetLocal</c>,
        /// <c>Internet</c> or <c>None</c>. Compare with <see cref="RouteNextHop"/>, ignoring case.
        /// </summary>
        public Fact<string> NextHopType { get; set; }

        public Fact<string> NextHopIpAddress { get; set; }
    }

    /// <summary>ARM's next hop types, as they appear in templates and in the SDK's <c>RouteNextHopType</c>.</summary>
    public static class RouteNextHop
    {
        public const string VirtualAppliance = "VirtualAppliance";
        public const string VirtualNetworkGateway = "VirtualNetworkGateway";
        public const string VnetLocal = "VnetLocal";
        public const string Internet = "Internet";
        public const string None = "None";
    }
}
