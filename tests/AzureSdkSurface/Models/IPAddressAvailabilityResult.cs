using System.Collections.Generic;

namespace Azure.ResourceManager.Network.Models
{
    /// <summary>Result of <c>VirtualNetworkResource.CheckIPAddressAvailability</c>; service output only.</summary>
    public partial class IPAddressAvailabilityResult
    {
        internal IPAddressAvailabilityResult()
        {
        }

        public bool? Available { get; }

        public IReadOnlyList<string> AvailableIPAddresses { get; } = new List<string>();
    }
}
