using System;
using System.Collections.Generic;
using Azure.Core;
using Azure.ResourceManager.Models;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources.Models;

namespace Azure.ResourceManager.Network
{
    /// <summary>Key members only: properties whose types the stand-in does not model
    /// (BGP settings, NAT rules, VPN client configuration, ...) are left out.</summary>
    public partial class VirtualNetworkGatewayData : NetworkTrackedResourceData
    {
        public VirtualNetworkGatewayData()
        {
        }

#if SDK_MAIN
        public bool? ActiveActive { get; set; }

        // MAIN renamed Active to ActiveActive and keeps the old name as an alias.
        [Obsolete("This property is obsolete and will be removed in a future release. Please use ActiveActive instead.")]
        public bool? Active { get => ActiveActive; set => ActiveActive = value; }
#else
        public bool? Active { get; set; }
#endif

        public bool? AllowRemoteVnetTraffic { get; set; }

        public bool? AllowVirtualWanTraffic { get; set; }

        public VirtualNetworkAddressSpace CustomRoutes { get; set; }

        // Flattened shortcut to CustomRoutes.AddressPrefixes, creating CustomRoutes on first use.
        public IList<string> CustomRoutesAddressPrefixes => (CustomRoutes ??= new VirtualNetworkAddressSpace()).AddressPrefixes;

        public bool? DisableIPSecReplayProtection { get; set; }

        public bool? EnableBgp { get; set; }

        public bool? EnableBgpRouteTranslationForNat { get; set; }

        public bool? EnableDnsForwarding { get; set; }

#if SDK_MAIN
        public bool? EnableHighBandwidthVpnGateway { get; set; }
#endif

        public bool? EnablePrivateIPAddress { get; set; }

        public ETag? ETag { get; }

        public ExtendedLocation ExtendedLocation { get; set; }

#if SDK_MAIN
        // MAIN restored the WritableSubResource reference; GatewayDefaultSiteId forwards to it.
        public WritableSubResource GatewayDefaultSite { get; set; }

        public ResourceIdentifier GatewayDefaultSiteId
        {
            get => GatewayDefaultSite?.Id;
            set
            {
                GatewayDefaultSite ??= new WritableSubResource();
                GatewayDefaultSite.Id = value;
            }
        }
#else
        public ResourceIdentifier GatewayDefaultSiteId { get; set; }
#endif

        public VirtualNetworkGatewayType? GatewayType { get; set; }

        public ManagedServiceIdentity Identity { get; set; }

        public string InboundDnsForwardingEndpoint { get; }

        public IList<VirtualNetworkGatewayIPConfiguration> IPConfigurations { get; } = new List<VirtualNetworkGatewayIPConfiguration>();

        public NetworkProvisioningState? ProvisioningState { get; }

        public Guid? ResourceGuid { get; }

        public VirtualNetworkGatewaySku Sku { get; set; }

        public ResourceIdentifier VNetExtendedLocationResourceId { get; set; }

        public VpnType? VpnType { get; set; }
    }
}
