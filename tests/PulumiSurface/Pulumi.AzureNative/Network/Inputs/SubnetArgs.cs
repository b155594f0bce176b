namespace Pulumi.AzureNative.Network.Inputs
{
    /// <summary>A subnet written inline in a VNet's <c>Subnets</c>.</summary>
    public sealed class SubnetArgs : global::Pulumi.ResourceArgs
    {
        [Input("addressPrefixes")]
        private InputList<string>? _addressPrefixes;

        [Input("addressPrefix")]
        public Input<string>? AddressPrefix { get; set; }

        public InputList<string> AddressPrefixes
        {
            get => _addressPrefixes ?? (_addressPrefixes = new InputList<string>());
            set => _addressPrefixes = value;
        }

        [Input("defaultOutboundAccess")]
        public Input<bool>? DefaultOutboundAccess { get; set; }

        [Input("id")]
        public Input<string>? Id { get; set; }

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("natGateway")]
        public Input<SubResourceArgs>? NatGateway { get; set; }

        [Input("routeTable")]
        public Input<RouteTableArgs>? RouteTable { get; set; }

        [Input("type")]
        public Input<string>? Type { get; set; }
    }

    /// <summary>A route table inline (or referenced by <c>Id</c> from a subnet).</summary>
    public sealed class RouteTableArgs : global::Pulumi.ResourceArgs
    {
        [Input("routes")]
        private InputList<RouteArgs>? _routes;

        [Input("id")]
        public Input<string>? Id { get; set; }

        [Input("location")]
        public Input<string>? Location { get; set; }

        public InputList<RouteArgs> Routes
        {
            get => _routes ?? (_routes = new InputList<RouteArgs>());
            set => _routes = value;
        }
    }

    /// <summary>A route written inline in a route table's <c>Routes</c>.</summary>
    public sealed class RouteArgs : global::Pulumi.ResourceArgs
    {
        [Input("addressPrefix")]
        public Input<string>? AddressPrefix { get; set; }

        [Input("id")]
        public Input<string>? Id { get; set; }

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("nextHopIpAddress")]
        public Input<string>? NextHopIpAddress { get; set; }

        [Input("nextHopType", required: true)]
        public InputUnion<string, RouteNextHopType> NextHopType { get; set; } = null!;

        [Input("type")]
        public Input<string>? Type { get; set; }
    }
}
