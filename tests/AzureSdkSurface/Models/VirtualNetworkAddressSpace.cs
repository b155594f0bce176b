using System.Collections.Generic;

namespace Azure.ResourceManager.Network.Models
{
    /// <summary>The type of <c>VirtualNetworkData.AddressSpace</c> and of the peering address spaces.</summary>
    public partial class VirtualNetworkAddressSpace
    {
        public VirtualNetworkAddressSpace()
        {
        }

        public IList<string> AddressPrefixes { get; } = new List<string>();

        public IList<IpamPoolPrefixAllocation> IpamPoolPrefixAllocations { get; } = new List<IpamPoolPrefixAllocation>();
    }
}
