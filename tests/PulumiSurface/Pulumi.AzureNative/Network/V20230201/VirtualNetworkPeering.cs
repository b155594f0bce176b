#if AZURE_NATIVE_V2
namespace Pulumi.AzureNative.Network.V20230201
{
    /// <summary>
    /// Pulumi.AzureNative 2.x also ships each API version of a resource in its own namespace; the same VNet and peering,
    /// pinned to API 2023-02-01 (only the members the cases use).
    /// </summary>
    public partial class VirtualNetwork : global::Pulumi.CustomResource
    {
        public VirtualNetwork(string name, VirtualNetworkArgs args, CustomResourceOptions? options = null)
            : base("azure-native:network/v20230201:VirtualNetwork", name, args, options)
        {
        }

        [Output("name")]
        public Output<string> Name { get; private set; } = null!;
    }

    public sealed class VirtualNetworkArgs : global::Pulumi.ResourceArgs
    {
        [Input("addressSpace")]
        public Input<Inputs.AddressSpaceArgs>? AddressSpace { get; set; }

        [Input("location")]
        public Input<string>? Location { get; set; }

        [Input("resourceGroupName", required: true)]
        public Input<string> ResourceGroupName { get; set; } = null!;

        [Input("virtualNetworkName")]
        public Input<string>? VirtualNetworkName { get; set; }
    }

    public partial class VirtualNetworkPeering : global::Pulumi.CustomResource
    {
        public VirtualNetworkPeering(string name, VirtualNetworkPeeringArgs args, CustomResourceOptions? options = null)
            : base("azure-native:network/v20230201:VirtualNetworkPeering", name, args, options)
        {
        }
    }

    public sealed class VirtualNetworkPeeringArgs : global::Pulumi.ResourceArgs
    {
        [Input("allowGatewayTransit")]
        public Input<bool>? AllowGatewayTransit { get; set; }

        [Input("remoteVirtualNetwork")]
        public Input<Inputs.SubResourceArgs>? RemoteVirtualNetwork { get; set; }

        [Input("resourceGroupName", required: true)]
        public Input<string> ResourceGroupName { get; set; } = null!;

        [Input("useRemoteGateways")]
        public Input<bool>? UseRemoteGateways { get; set; }

        [Input("virtualNetworkName", required: true)]
        public Input<string> VirtualNetworkName { get; set; } = null!;
    }
}

namespace Pulumi.AzureNative.Network.V20230201.Inputs
{
    public sealed class AddressSpaceArgs : global::Pulumi.ResourceArgs
    {
        [Input("addressPrefixes")]
        private InputList<string>? _addressPrefixes;

        public InputList<string> AddressPrefixes
        {
            get => _addressPrefixes ?? (_addressPrefixes = new InputList<string>());
            set => _addressPrefixes = value;
        }
    }

    public sealed class SubResourceArgs : global::Pulumi.ResourceArgs
    {
        [Input("id")]
        public Input<string>? Id { get; set; }
    }
}
#endif
