#if AZURE_NATIVE_V3
using System.Collections.Immutable;
#endif

namespace Pulumi.AzureNative.Network
{
    /// <summary><c>azure-native:network:VirtualNetworkPeering</c>, a child of the VNet its <c>VirtualNetworkName</c> names.</summary>
    public partial class VirtualNetworkPeering : global::Pulumi.CustomResource
    {
        public VirtualNetworkPeering(string name, VirtualNetworkPeeringArgs args, CustomResourceOptions? options = null)
            : base("azure-native:network:VirtualNetworkPeering", name, args, options)
        {
        }

        [Output("allowForwardedTraffic")]
        public Output<bool?> AllowForwardedTraffic { get; private set; } = null!;

        [Output("allowGatewayTransit")]
        public Output<bool?> AllowGatewayTransit { get; private set; } = null!;

        [Output("allowVirtualNetworkAccess")]
        public Output<bool?> AllowVirtualNetworkAccess { get; private set; } = null!;

        [Output("doNotVerifyRemoteGateways")]
        public Output<bool?> DoNotVerifyRemoteGateways { get; private set; } = null!;

        [Output("name")]
        public Output<string?> Name { get; private set; } = null!;

        [Output("peeringState")]
        public Output<string?> PeeringState { get; private set; } = null!;

        [Output("remoteVirtualNetwork")]
        public Output<Outputs.SubResourceResponse?> RemoteVirtualNetwork { get; private set; } = null!;

        [Output("useRemoteGateways")]
        public Output<bool?> UseRemoteGateways { get; private set; } = null!;

#if AZURE_NATIVE_V3
        [Output("peerCompleteVnets")]
        public Output<bool?> PeerCompleteVnets { get; private set; } = null!;

        [Output("localSubnetNames")]
        public Output<ImmutableArray<string>> LocalSubnetNames { get; private set; } = null!;

        [Output("remoteSubnetNames")]
        public Output<ImmutableArray<string>> RemoteSubnetNames { get; private set; } = null!;
#endif

        public static VirtualNetworkPeering Get(string name, Input<string> id, CustomResourceOptions? options = null) => throw StandIn.NotLinked();
    }

    public sealed class VirtualNetworkPeeringArgs : global::Pulumi.ResourceArgs
    {
#if AZURE_NATIVE_V3
        [Input("localSubnetNames")]
        private InputList<string>? _localSubnetNames;

        [Input("remoteSubnetNames")]
        private InputList<string>? _remoteSubnetNames;
#endif

        public static new VirtualNetworkPeeringArgs Empty => new VirtualNetworkPeeringArgs();

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
        public Input<Inputs.AddressSpaceArgs>? LocalAddressSpace { get; set; }

        [Input("localVirtualNetworkAddressSpace")]
        public Input<Inputs.AddressSpaceArgs>? LocalVirtualNetworkAddressSpace { get; set; }

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("peeringState")]
        public InputUnion<string, VirtualNetworkPeeringState>? PeeringState { get; set; }

        [Input("peeringSyncLevel")]
        public InputUnion<string, VirtualNetworkPeeringLevel>? PeeringSyncLevel { get; set; }

        [Input("remoteAddressSpace")]
        public Input<Inputs.AddressSpaceArgs>? RemoteAddressSpace { get; set; }

        [Input("remoteVirtualNetwork")]
        public Input<Inputs.SubResourceArgs>? RemoteVirtualNetwork { get; set; }

        [Input("remoteVirtualNetworkAddressSpace")]
        public Input<Inputs.AddressSpaceArgs>? RemoteVirtualNetworkAddressSpace { get; set; }

        [Input("resourceGroupName", required: true)]
        public Input<string> ResourceGroupName { get; set; } = null!;

        [Input("syncRemoteAddressSpace")]
        public Input<string>? SyncRemoteAddressSpace { get; set; }

        [Input("type")]
        public Input<string>? Type { get; set; }

        [Input("useRemoteGateways")]
        public Input<bool>? UseRemoteGateways { get; set; }

        [Input("virtualNetworkName", required: true)]
        public Input<string> VirtualNetworkName { get; set; } = null!;

        [Input("virtualNetworkPeeringName")]
        public Input<string>? VirtualNetworkPeeringName { get; set; }

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
