namespace Pulumi.AzureNative.Network.Inputs
{
    /// <summary>One IP configuration of a gateway: <c>Subnet</c> names the GatewaySubnet of the VNet it is deployed into.</summary>
    public sealed class VirtualNetworkGatewayIPConfigurationArgs : global::Pulumi.ResourceArgs
    {
        [Input("id")]
        public Input<string>? Id { get; set; }

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("privateIPAllocationMethod")]
        public InputUnion<string, IPAllocationMethod>? PrivateIPAllocationMethod { get; set; }

        [Input("publicIPAddress")]
        public Input<SubResourceArgs>? PublicIPAddress { get; set; }

        [Input("subnet")]
        public Input<SubResourceArgs>? Subnet { get; set; }
    }

    public sealed class VirtualNetworkGatewaySkuArgs : global::Pulumi.ResourceArgs
    {
        [Input("name")]
        public InputUnion<string, VirtualNetworkGatewaySkuName>? Name { get; set; }

        [Input("tier")]
        public InputUnion<string, VirtualNetworkGatewaySkuTier>? Tier { get; set; }
    }

    /// <summary>A gateway inline (a connection's end); it shares its simple name with the resource's args.</summary>
    public sealed class VirtualNetworkGatewayArgs : global::Pulumi.ResourceArgs
    {
        [Input("id")]
        public Input<string>? Id { get; set; }

        [Input("location")]
        public Input<string>? Location { get; set; }
    }
}
