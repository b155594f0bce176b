using System.Collections.Immutable;

namespace Pulumi.Azure.Network
{
    /// <summary><c>azure:network/virtualNetworkPeering:VirtualNetworkPeering</c>, a child of the VNet its <c>VirtualNetworkName</c> names.</summary>
    public partial class VirtualNetworkPeering : global::Pulumi.CustomResource
    {
        public VirtualNetworkPeering(string name, VirtualNetworkPeeringArgs args, CustomResourceOptions? options = null)
            : base("azure:network/virtualNetworkPeering:VirtualNetworkPeering", name, args, options)
        {
        }

        [Output("allowForwardedTraffic")]
        public Output<bool?> AllowForwardedTraffic { get; private set; } = null!;

        [Output("allowGatewayTransit")]
        public Output<bool?> AllowGatewayTransit { get; private set; } = null!;

        [Output("allowVirtualNetworkAccess")]
        public Output<bool?> AllowVirtualNetworkAccess { get; private set; } = null!;

        [Output("localSubnetNames")]
        public Output<ImmutableArray<string>> LocalSubnetNames { get; private set; } = null!;

        [Output("name")]
        public Output<string> Name { get; private set; } = null!;

        [Output("peerCompleteVirtualNetworksEnabled")]
        public Output<bool?> PeerCompleteVirtualNetworksEnabled { get; private set; } = null!;

        [Output("remoteSubnetNames")]
        public Output<ImmutableArray<string>> RemoteSubnetNames { get; private set; } = null!;

        [Output("remoteVirtualNetworkId")]
        public Output<string> RemoteVirtualNetworkId { get; private set; } = null!;

        [Output("resourceGroupName")]
        public Output<string> ResourceGroupName { get; private set; } = null!;

        [Output("useRemoteGateways")]
        public Output<bool?> UseRemoteGateways { get; private set; } = null!;

        [Output("virtualNetworkName")]
        public Output<string> VirtualNetworkName { get; private set; } = null!;
    }

    public sealed class VirtualNetworkPeeringArgs : global::Pulumi.ResourceArgs
    {
        [Input("localSubnetNames")]
        private InputList<string>? _localSubnetNames;

        [Input("remoteSubnetNames")]
        private InputList<string>? _remoteSubnetNames;

        [Input("triggers")]
        private InputMap<string>? _triggers;

        public static new VirtualNetworkPeeringArgs Empty => new VirtualNetworkPeeringArgs();

        [Input("allowForwardedTraffic")]
        public Input<bool>? AllowForwardedTraffic { get; set; }

        [Input("allowGatewayTransit")]
        public Input<bool>? AllowGatewayTransit { get; set; }

        [Input("allowVirtualNetworkAccess")]
        public Input<bool>? AllowVirtualNetworkAccess { get; set; }

        public InputList<string> LocalSubnetNames
        {
            get => _localSubnetNames ?? (_localSubnetNames = new InputList<string>());
            set => _localSubnetNames = value;
        }

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("onlyIpv6PeeringEnabled")]
        public Input<bool>? OnlyIpv6PeeringEnabled { get; set; }

        [Input("peerCompleteVirtualNetworksEnabled")]
        public Input<bool>? PeerCompleteVirtualNetworksEnabled { get; set; }

        public InputList<string> RemoteSubnetNames
        {
            get => _remoteSubnetNames ?? (_remoteSubnetNames = new InputList<string>());
            set => _remoteSubnetNames = value;
        }

        [Input("remoteVirtualNetworkId", required: true)]
        public Input<string> RemoteVirtualNetworkId { get; set; } = null!;

        [Input("resourceGroupName", required: true)]
        public Input<string> ResourceGroupName { get; set; } = null!;

        public InputMap<string> Triggers
        {
            get => _triggers ?? (_triggers = new InputMap<string>());
            set => _triggers = value;
        }

        [Input("useRemoteGateways")]
        public Input<bool>? UseRemoteGateways { get; set; }

        [Input("virtualNetworkName", required: true)]
        public Input<string> VirtualNetworkName { get; set; } = null!;
    }
}
