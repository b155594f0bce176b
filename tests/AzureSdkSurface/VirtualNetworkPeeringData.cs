using System;
using System.Collections.Generic;
using System.ComponentModel;
using Azure.Core;
using Azure.ResourceManager.Network.Models;
#if SDK_MAIN
using Azure.ResourceManager.Resources.Models;
#endif

namespace Azure.ResourceManager.Network
{
    public partial class VirtualNetworkPeeringData : NetworkWritableResourceData
    {
        public VirtualNetworkPeeringData()
        {
        }

        public bool? AllowForwardedTraffic { get; set; }

        public bool? AllowGatewayTransit { get; set; }

        public bool? AllowVirtualNetworkAccess { get; set; }

        public bool? AreCompleteVnetsPeered { get; set; }

        public bool? DoNotVerifyRemoteGateways { get; set; }

        public bool? EnableOnlyIPv6Peering { get; set; }

        public ETag? ETag { get; }

        public VirtualNetworkAddressSpace LocalAddressSpace { get; set; }

        public VirtualNetworkAddressSpace LocalVirtualNetworkAddressSpace { get; set; }

        public VirtualNetworkAddressSpace RemoteAddressSpace { get; set; }

        public VirtualNetworkAddressSpace RemoteVirtualNetworkAddressSpace { get; set; }

        // The flattened prefix lists forward to the address-space objects, creating them on first use.
        // MAIN keeps them only for compatibility and hides them.
#if SDK_MAIN
        [EditorBrowsable(EditorBrowsableState.Never)]
#endif
        public IList<string> LocalAddressPrefixes => (LocalAddressSpace ??= new VirtualNetworkAddressSpace()).AddressPrefixes;

#if SDK_MAIN
        [EditorBrowsable(EditorBrowsableState.Never)]
#endif
        public IList<string> LocalVirtualNetworkAddressPrefixes => (LocalVirtualNetworkAddressSpace ??= new VirtualNetworkAddressSpace()).AddressPrefixes;

#if SDK_MAIN
        [EditorBrowsable(EditorBrowsableState.Never)]
#endif
        public IList<string> RemoteAddressPrefixes => (RemoteAddressSpace ??= new VirtualNetworkAddressSpace()).AddressPrefixes;

#if SDK_MAIN
        [EditorBrowsable(EditorBrowsableState.Never)]
#endif
        public IList<string> RemoteVirtualNetworkAddressPrefixes => (RemoteVirtualNetworkAddressSpace ??= new VirtualNetworkAddressSpace()).AddressPrefixes;

        public IList<string> LocalSubnetNames { get; } = new List<string>();

        public IList<string> RemoteSubnetNames { get; } = new List<string>();

#if SDK_MAIN
        // MAIN-only alias of AreCompleteVnetsPeered (the wire name).
        [Obsolete("This property is obsolete and will be removed in a future release. Please use AreCompleteVnetsPeered instead.")]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public bool? PeerCompleteVnets { get => AreCompleteVnetsPeered; set => AreCompleteVnetsPeered = value; }
#endif

        public VirtualNetworkPeeringState? PeeringState { get; set; }

        public VirtualNetworkPeeringLevel? PeeringSyncLevel { get; set; }

        public NetworkProvisioningState? ProvisioningState { get; }

        public VirtualNetworkBgpCommunities RemoteBgpCommunities { get; set; }

#if SDK_MAIN
        // MAIN (1.16+) exposes the reference itself; RemoteVirtualNetworkId forwards to it.
        public WritableSubResource RemoteVirtualNetwork { get; set; }

        public ResourceIdentifier RemoteVirtualNetworkId
        {
            get => RemoteVirtualNetwork?.Id;
            set
            {
                RemoteVirtualNetwork ??= new WritableSubResource();
                RemoteVirtualNetwork.Id = value;
            }
        }
#else
        // OLD (before 1.16) has only the id.
        public ResourceIdentifier RemoteVirtualNetworkId { get; set; }
#endif

        public VirtualNetworkEncryption RemoteVirtualNetworkEncryption { get; }

        public Guid? ResourceGuid { get; }

        public bool? UseRemoteGateways { get; set; }
    }
}
