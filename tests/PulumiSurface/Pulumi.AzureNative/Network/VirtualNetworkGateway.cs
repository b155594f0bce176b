namespace Pulumi.AzureNative.Network
{
    /// <summary><c>azure-native:network:VirtualNetworkGateway</c>: deployed into the VNet whose GatewaySubnet its IP configuration names.</summary>
    public partial class VirtualNetworkGateway : global::Pulumi.CustomResource
    {
        public VirtualNetworkGateway(string name, VirtualNetworkGatewayArgs args, CustomResourceOptions? options = null)
            : base("azure-native:network:VirtualNetworkGateway", name, args, options)
        {
        }

        [Output("gatewayType")]
        public Output<string?> GatewayType { get; private set; } = null!;

        [Output("name")]
        public Output<string> Name { get; private set; } = null!;

        public static VirtualNetworkGateway Get(string name, Input<string> id, CustomResourceOptions? options = null) => throw StandIn.NotLinked();
    }

    public sealed class VirtualNetworkGatewayArgs : global::Pulumi.ResourceArgs
    {
        [Input("ipConfigurations")]
        private InputList<Inputs.VirtualNetworkGatewayIPConfigurationArgs>? _ipConfigurations;

        public static new VirtualNetworkGatewayArgs Empty => new VirtualNetworkGatewayArgs();

        [Input("activeActive")]
        public Input<bool>? ActiveActive { get; set; }

        [Input("enableBgp")]
        public Input<bool>? EnableBgp { get; set; }

        [Input("gatewayType")]
        public InputUnion<string, VirtualNetworkGatewayType>? GatewayType { get; set; }

        public InputList<Inputs.VirtualNetworkGatewayIPConfigurationArgs> IpConfigurations
        {
            get => _ipConfigurations ?? (_ipConfigurations = new InputList<Inputs.VirtualNetworkGatewayIPConfigurationArgs>());
            set => _ipConfigurations = value;
        }

        [Input("location")]
        public Input<string>? Location { get; set; }

        [Input("resourceGroupName", required: true)]
        public Input<string> ResourceGroupName { get; set; } = null!;

        [Input("sku")]
        public Input<Inputs.VirtualNetworkGatewaySkuArgs>? Sku { get; set; }

        [Input("virtualNetworkGatewayName")]
        public Input<string>? VirtualNetworkGatewayName { get; set; }

        [Input("vpnType")]
        public InputUnion<string, VpnType>? VpnType { get; set; }
    }
}
