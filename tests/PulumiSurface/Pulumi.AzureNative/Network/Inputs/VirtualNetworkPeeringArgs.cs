namespace Pulumi.AzureNative.Network.Inputs
{
    /// <summary>A peering written inline in a VNet's <c>VirtualNetworkPeerings</c>; its parent is that VNet.</summary>
    public sealed class VirtualNetworkPeeringArgs : global::Pulumi.ResourceArgs
    {
#if AZURE_NATIVE_V3
        [Input("localSubnetNames")]
        private InputList<string>? _localSubnetNames;

        [Input("remoteSubnetNames")]
        private InputList<string>? _remoteSubnetNames;
#endif

        [Input("allowForwardedTraffic")]
        public Input<bool>? AllowForwardedTraffic { get; set; }

        [Input("allowGatewayTransit")]
        public Input<bool>? AllowGatewayTransit { get; set; }

        [Input("allowVirtualNetworkAccess")]
        public Input<bool>? AllowVirtualNetworkAccess { get; set; }

        [Input("doNotVerifyRemoteGateways")]
        public Input<bool>? DoNotVerifyRemoteGateways { get; set; }

        [Input("id")]
        public Input<string>? Id { get; set; }

        [Input("localAddressSpace")]
        public Input<AddressSpaceArgs>? LocalAddressSpace { get; set; }

        [Input("localVirtualNetworkAddressSpace")]
        public Input<AddressSpaceArgs>? LocalVirtualNetworkAddressSpace { get; set; }

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("peeringState")]
        public InputUnion<string, VirtualNetworkPeeringState>? PeeringState { get; set; }

        [Input("peeringSyncLevel")]
        public InputUnion<string, VirtualNetworkPeeringLevel>? PeeringSyncLevel { get; set; }

        [Input("remoteAddressSpace")]
        public Input<AddressSpaceArgs>? RemoteAddressSpace { get; set; }

        [Input("remoteVirtualNetwork")]
        public Input<SubResourceArgs>? RemoteVirtualNetwork { get; set; }

        [Input("remoteVirtualNetworkAddressSpace")]
        public Input<AddressSpaceArgs>? RemoteVirtualNetworkAddressSpace { get; set; }

        [Input("type")]
        public Input<string>? Type { get; set; }

        [Input("useRemoteGateways")]
        public Input<bool>? UseRemoteGateways { get; set; }

#if AZURE_NATIVE_V3
        [Input("enableOnlyIPv6Peering")]
        public Input<bool>? EnableOnlyIPv6Peering { get; set; }

        public InputList<string> LocalSubnetNames
        {
            get => _localSubnetNames ?? (_localSubnetNames = new InputList<string>());
            set => _localSubnetNames = value;
        }

        [Input("peerCompleteVnets")]
        public Input<bool>? PeerCompleteVnets { get; set; }

        public InputList<string> RemoteSubnetNames
        {
            get => _remoteSubnetNames ?? (_remoteSubnetNames = new InputList<string>());
            set => _remoteSubnetNames = value;
        }
#endif
    }
}
