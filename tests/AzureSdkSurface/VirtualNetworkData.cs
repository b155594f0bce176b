using System;
using System.Collections.Generic;
using Azure.Core;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources.Models;

namespace Azure.ResourceManager.Network
{
    public partial class VirtualNetworkData : NetworkTrackedResourceData
    {
        public VirtualNetworkData()
        {
        }

        // AddressSpace starts null; the flattened list creates it on first use.
        public VirtualNetworkAddressSpace AddressSpace { get; set; }

        public IList<string> AddressPrefixes => (AddressSpace ??= new VirtualNetworkAddressSpace()).AddressPrefixes;

        public VirtualNetworkBgpCommunities BgpCommunities { get; set; }

        public ResourceIdentifier DdosProtectionPlanId { get; set; }

#if SDK_MAIN
        public ResourceIdentifier DefaultPublicNatGatewayId { get; }
#endif

        // Flattened: neither shape has a DhcpOptions property.
        public IList<string> DhcpOptionsDnsServers { get; } = new List<string>();

        public bool? EnableDdosProtection { get; set; }

        public bool? EnableVmProtection { get; set; }

        public VirtualNetworkEncryption Encryption { get; set; }

        public ETag? ETag { get; }

        public ExtendedLocation ExtendedLocation { get; set; }

        public IReadOnlyList<FlowLogData> FlowLogs { get; } = new List<FlowLogData>();

        public int? FlowTimeoutInMinutes { get; set; }

        public IList<WritableSubResource> IPAllocations { get; } = new List<WritableSubResource>();

        public PrivateEndpointVnetPolicy? PrivateEndpointVnetPolicy { get; set; }

#if SDK_MAIN
        // MAIN keeps the TypeSpec name as an obsolete alias.
        [Obsolete("This property is obsolete and will be removed in a future release. Please use PrivateEndpointVnetPolicy instead.")]
        public PrivateEndpointVnetPolicy? PrivateEndpointVNetPolicies { get => PrivateEndpointVnetPolicy; set => PrivateEndpointVnetPolicy = value; }
#endif

        public NetworkProvisioningState? ProvisioningState { get; }

        public Guid? ResourceGuid { get; }

        public IList<SubnetData> Subnets { get; } = new List<SubnetData>();

#if SDK_MAIN
        public VirtualNetworkAddressSpace SummarizedGatewayPrefixes { get; set; }
#endif

        public IList<VirtualNetworkPeeringData> VirtualNetworkPeerings { get; } = new List<VirtualNetworkPeeringData>();
    }
}
