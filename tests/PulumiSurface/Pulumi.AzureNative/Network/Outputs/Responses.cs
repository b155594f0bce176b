using System.Collections.Immutable;

namespace Pulumi.AzureNative.Network.Outputs
{
    [OutputType]
    public sealed class AddressSpaceResponse
    {
        public readonly ImmutableArray<string> AddressPrefixes;

        [OutputConstructor]
        private AddressSpaceResponse(ImmutableArray<string> addressPrefixes) => AddressPrefixes = addressPrefixes;
    }

    [OutputType]
    public sealed class SubResourceResponse
    {
        public readonly string? Id;

        [OutputConstructor]
        private SubResourceResponse(string? id) => Id = id;
    }

    [OutputType]
    public sealed class SubnetResponse
    {
        public readonly string? AddressPrefix;
        public readonly string? Id;
        public readonly string? Name;

        [OutputConstructor]
        private SubnetResponse(string? addressPrefix, string? id, string? name)
        {
            AddressPrefix = addressPrefix;
            Id = id;
            Name = name;
        }
    }

    [OutputType]
    public sealed class VirtualNetworkPeeringResponse
    {
        public readonly string? Id;
        public readonly string? Name;
        public readonly SubResourceResponse? RemoteVirtualNetwork;

        [OutputConstructor]
        private VirtualNetworkPeeringResponse(string? id, string? name, SubResourceResponse? remoteVirtualNetwork)
        {
            Id = id;
            Name = name;
            RemoteVirtualNetwork = remoteVirtualNetwork;
        }
    }

    [OutputType]
    public sealed class RouteResponse
    {
        public readonly string? AddressPrefix;
        public readonly string? Name;
        public readonly string NextHopType;

        [OutputConstructor]
        private RouteResponse(string? addressPrefix, string? name, string nextHopType)
        {
            AddressPrefix = addressPrefix;
            Name = name;
            NextHopType = nextHopType;
        }
    }
}
