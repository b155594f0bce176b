namespace Pulumi.Azure.Network
{
    /// <summary><c>azure:network/virtualNetworkGateway:VirtualNetworkGateway</c>: deployed into the VNet whose GatewaySubnet its IP configuration names.</summary>
    public partial class VirtualNetworkGateway : global::Pulumi.CustomResource
    {
        public VirtualNetworkGateway(string name, VirtualNetworkGatewayArgs args, CustomResourceOptions? options = null)
            : base("azure:network/virtualNetworkGateway:VirtualNetworkGateway", name, args, options)
        {
        }

        [Output("name")]
        public Output<string> Name { get; private set; } = null!;

        [Output("type")]
        public Output<string> Type { get; private set; } = null!;
    }

    public sealed class VirtualNetworkGatewayArgs : global::Pulumi.ResourceArgs
    {
        [Input("ipConfigurations", required: true)]
        private InputList<Inputs.VirtualNetworkGatewayIpConfigurationArgs>? _ipConfigurations;

        public static new VirtualNetworkGatewayArgs Empty => new VirtualNetworkGatewayArgs();

        [Input("activeActive")]
        public Input<bool>? ActiveActive { get; set; }

        [Input("bgpEnabled")]
        public Input<bool>? BgpEnabled { get; set; }

        public InputList<Inputs.VirtualNetworkGatewayIpConfigurationArgs> IpConfigurations
        {
            get => _ipConfigurations ?? (_ipConfigurations = new InputList<Inputs.VirtualNetworkGatewayIpConfigurationArgs>());
            set => _ipConfigurations = value;
        }

        [Input("location")]
        public Input<string>? Location { get; set; }

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("resourceGroupName", required: true)]
        public Input<string> ResourceGroupName { get; set; } = null!;

        [Input("sku", required: true)]
        public Input<string> Sku { get; set; } = null!;

        [Input("type", required: true)]
        public Input<string> Type { get; set; } = null!;

        [Input("vpnType")]
        public Input<string>? VpnType { get; set; }
    }
}
