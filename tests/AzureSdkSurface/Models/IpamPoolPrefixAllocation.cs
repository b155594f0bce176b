using System.Collections.Generic;
using Azure.Core;

namespace Azure.ResourceManager.Network.Models
{
    /// <summary>
    /// An allocation from an Azure Virtual Network Manager IPAM pool (wire <c>ipamPoolPrefixAllocations[]</c>: <c>pool.id</c>,
    /// <c>numberOfIpAddresses</c>, read-only <c>allocatedAddressPrefixes</c>), in both shapes. Members as the
    /// learn.microsoft.com reference lists them: <c>Id</c> flattens <c>pool.id</c>.
    /// </summary>
    public partial class IpamPoolPrefixAllocation
    {
        public IpamPoolPrefixAllocation()
        {
        }

        public ResourceIdentifier Id { get; set; }

        public string NumberOfIPAddresses { get; set; }

        public IReadOnlyList<string> AllocatedAddressPrefixes { get; } = new List<string>();
    }
}
