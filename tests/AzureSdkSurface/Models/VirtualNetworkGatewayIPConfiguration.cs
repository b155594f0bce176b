using Azure.Core;
#if SDK_MAIN
using Azure.ResourceManager.Resources.Models;
#endif

namespace Azure.ResourceManager.Network.Models
{
    public partial class VirtualNetworkGatewayIPConfiguration : NetworkResourceData
    {
        public VirtualNetworkGatewayIPConfiguration()
        {
        }

        public ETag? ETag { get; }

        public string PrivateIPAddress { get; }

        public NetworkIPAllocationMethod? PrivateIPAllocationMethod { get; set; }

        public NetworkProvisioningState? ProvisioningState { get; }

#if SDK_MAIN
        // MAIN restored the WritableSubResource references; the *Id properties forward to them.
        public WritableSubResource Subnet { get; set; }

        public ResourceIdentifier SubnetId
        {
            get => Subnet?.Id;
            set
            {
                Subnet ??= new WritableSubResource();
                Subnet.Id = value;
            }
        }

        public WritableSubResource PublicIPAddress { get; set; }

        public ResourceIdentifier PublicIPAddressId
        {
            get => PublicIPAddress?.Id;
            set
            {
                PublicIPAddress ??= new WritableSubResource();
                PublicIPAddress.Id = value;
            }
        }
#else
        // OLD is inferred to expose only the flattened ids.
        public ResourceIdentifier SubnetId { get; set; }

        public ResourceIdentifier PublicIPAddressId { get; set; }
#endif
    }
}
