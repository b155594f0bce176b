namespace Pulumi.Azure.Network.Inputs
{
    /// <summary>A subnet written inline in a VNet's <c>Subnets</c>.</summary>
    public sealed class VirtualNetworkSubnetArgs : global::Pulumi.ResourceArgs
    {
        [Input("addressPrefixes", required: true)]
        private InputList<string>? _addressPrefixes;

        public InputList<string> AddressPrefixes
        {
            get => _addressPrefixes ?? (_addressPrefixes = new InputList<string>());
            set => _addressPrefixes = value;
        }

        [Input("defaultOutboundAccessEnabled")]
        public Input<bool>? DefaultOutboundAccessEnabled { get; set; }

        [Input("id")]
        public Input<string>? Id { get; set; }

        [Input("name", required: true)]
        public Input<string> Name { get; set; } = null!;

        [Input("privateEndpointNetworkPolicies")]
        public Input<string>? PrivateEndpointNetworkPolicies { get; set; }

        [Input("routeTableId")]
        public Input<string>? RouteTableId { get; set; }

        [Input("securityGroup")]
        public Input<string>? SecurityGroup { get; set; }
    }

    /// <summary>A route written inline in a route table's <c>Routes</c>.</summary>
    public sealed class RouteTableRouteArgs : global::Pulumi.ResourceArgs
    {
        [Input("addressPrefix", required: true)]
        public Input<string> AddressPrefix { get; set; } = null!;

        [Input("name", required: true)]
        public Input<string> Name { get; set; } = null!;

        [Input("nextHopInIpAddress")]
        public Input<string>? NextHopInIpAddress { get; set; }

        [Input("nextHopType", required: true)]
        public Input<string> NextHopType { get; set; } = null!;
    }

    /// <summary>One IP configuration of a gateway: <c>SubnetId</c> names the GatewaySubnet of the VNet it is deployed into.</summary>
    public sealed class VirtualNetworkGatewayIpConfigurationArgs : global::Pulumi.ResourceArgs
    {
        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("privateIpAddressAllocation")]
        public Input<string>? PrivateIpAddressAllocation { get; set; }

        [Input("publicIpAddressId")]
        public Input<string>? PublicIpAddressId { get; set; }

        [Input("subnetId", required: true)]
        public Input<string> SubnetId { get; set; } = null!;
    }
}
