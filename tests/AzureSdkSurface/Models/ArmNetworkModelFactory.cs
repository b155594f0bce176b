using System.Collections.Generic;

namespace Azure.ResourceManager.Network.Models
{
    /// <summary>Factory for read-only model state in tests. Signatures only: like the
    /// resources, every method needs the real package to run.</summary>
    public static partial class ArmNetworkModelFactory
    {
        public static VirtualNetworkAddressSpace VirtualNetworkAddressSpace(IEnumerable<string> addressPrefixes = null, IEnumerable<IpamPoolPrefixAllocation> ipamPoolPrefixAllocations = null) => throw StandIn.NotLinked();

        public static VirtualNetworkBgpCommunities VirtualNetworkBgpCommunities(string virtualNetworkCommunity = null, string regionalCommunity = null) => throw StandIn.NotLinked();

        public static VirtualNetworkEncryption VirtualNetworkEncryption(bool enabled = false, VirtualNetworkEncryptionEnforcement? enforcement = default) => throw StandIn.NotLinked();

        public static VirtualNetworkGatewaySku VirtualNetworkGatewaySku(VirtualNetworkGatewaySkuName? name = default, VirtualNetworkGatewaySkuTier? tier = default, int? capacity = default) => throw StandIn.NotLinked();
    }
}
