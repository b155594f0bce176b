using System;
using System.Collections.Generic;
using Azure.Core;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources.Models;

namespace Azure.ResourceManager.Network
{
    /// <summary>Key members only: collections of types the stand-in does not model
    /// (delegations, service endpoints, IP configurations, ...) are left out.</summary>
    public partial class SubnetData : NetworkWritableResourceData
    {
        public SubnetData()
        {
        }

        public string AddressPrefix { get; set; }

        public IList<string> AddressPrefixes { get; } = new List<string>();

        public bool? DefaultOutboundAccess { get; set; }

        public ETag? ETag { get; }

        public IList<WritableSubResource> IPAllocations { get; } = new List<WritableSubResource>();

        public IList<IpamPoolPrefixAllocation> IpamPoolPrefixAllocations { get; } = new List<IpamPoolPrefixAllocation>();

        public ResourceIdentifier NatGatewayId { get; set; }

        // A full data object, referenced by setting its Id.
        public NetworkSecurityGroupData NetworkSecurityGroup { get; set; }

        public VirtualNetworkPrivateEndpointNetworkPolicy? PrivateEndpointNetworkPolicy { get; set; }

        public VirtualNetworkPrivateLinkServiceNetworkPolicy? PrivateLinkServiceNetworkPolicy { get; set; }

#if SDK_MAIN
        // MAIN keeps the TypeSpec (plural) names as obsolete aliases.
        [Obsolete("This property is obsolete and will be removed in a future release. Please use PrivateEndpointNetworkPolicy instead.")]
        public VirtualNetworkPrivateEndpointNetworkPolicy? PrivateEndpointNetworkPolicies { get => PrivateEndpointNetworkPolicy; set => PrivateEndpointNetworkPolicy = value; }

        [Obsolete("This property is obsolete and will be removed in a future release. Please use PrivateLinkServiceNetworkPolicy instead.")]
        public VirtualNetworkPrivateLinkServiceNetworkPolicy? PrivateLinkServiceNetworkPolicies { get => PrivateLinkServiceNetworkPolicy; set => PrivateLinkServiceNetworkPolicy = value; }
#endif

        public NetworkProvisioningState? ProvisioningState { get; }

        public string Purpose { get; }

        // A full data object, referenced by setting its Id.
        public RouteTableData RouteTable { get; set; }

#if SDK_MAIN
        public ResourceIdentifier ServiceGatewayId { get; set; }
#endif

        public SharingScope? SharingScope { get; set; }
    }
}
