using Azure.ResourceManager.Network.Models;

namespace Azure.ResourceManager.Network
{
    public partial class RouteData : NetworkWritableResourceData
    {
        public RouteData()
        {
        }

        public string AddressPrefix { get; set; }

        public ETag? ETag { get; }

        public bool? HasBgpOverride { get; set; }

        public string NextHopIPAddress { get; set; }

        public RouteNextHopType? NextHopType { get; set; }

        public NetworkProvisioningState? ProvisioningState { get; }
    }
}
