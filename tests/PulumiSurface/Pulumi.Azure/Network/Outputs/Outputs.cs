using System.Collections.Immutable;

namespace Pulumi.Azure.Network.Outputs
{
    [OutputType]
    public sealed class VirtualNetworkSubnet
    {
        public readonly ImmutableArray<string> AddressPrefixes;
        public readonly string? Id;
        public readonly string Name;
        public readonly string? RouteTableId;

        [OutputConstructor]
        private VirtualNetworkSubnet(ImmutableArray<string> addressPrefixes, string? id, string name, string? routeTableId)
        {
            AddressPrefixes = addressPrefixes;
            Id = id;
            Name = name;
            RouteTableId = routeTableId;
        }
    }

    [OutputType]
    public sealed class RouteTableRoute
    {
        public readonly string AddressPrefix;
        public readonly string Name;
        public readonly string NextHopType;

        [OutputConstructor]
        private RouteTableRoute(string addressPrefix, string name, string nextHopType)
        {
            AddressPrefix = addressPrefix;
            Name = name;
            NextHopType = nextHopType;
        }
    }
}
