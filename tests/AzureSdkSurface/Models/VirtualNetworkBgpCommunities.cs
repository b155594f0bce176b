using System;

namespace Azure.ResourceManager.Network.Models
{
    public partial class VirtualNetworkBgpCommunities
    {
        // No parameterless constructor: the community is required.
        public VirtualNetworkBgpCommunities(string virtualNetworkCommunity)
        {
            VirtualNetworkCommunity = virtualNetworkCommunity ?? throw new ArgumentNullException(nameof(virtualNetworkCommunity));
        }

        public string VirtualNetworkCommunity { get; set; }

        public string RegionalCommunity { get; }
    }
}
