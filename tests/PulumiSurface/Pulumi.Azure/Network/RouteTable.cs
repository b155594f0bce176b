using System.Collections.Immutable;

namespace Pulumi.Azure.Network
{
    /// <summary><c>azure:network/routeTable:RouteTable</c>.</summary>
    public partial class RouteTable : global::Pulumi.CustomResource
    {
        public RouteTable(string name, RouteTableArgs args, CustomResourceOptions? options = null)
            : base("azure:network/routeTable:RouteTable", name, args, options)
        {
        }

        [Output("name")]
        public Output<string> Name { get; private set; } = null!;

        [Output("routes")]
        public Output<ImmutableArray<Outputs.RouteTableRoute>> Routes { get; private set; } = null!;

        [Output("subnets")]
        public Output<ImmutableArray<string>> Subnets { get; private set; } = null!;
    }

    public sealed class RouteTableArgs : global::Pulumi.ResourceArgs
    {
        [Input("routes")]
        private InputList<Inputs.RouteTableRouteArgs>? _routes;

        public static new RouteTableArgs Empty => new RouteTableArgs();

        [Input("bgpRoutePropagationEnabled")]
        public Input<bool>? BgpRoutePropagationEnabled { get; set; }

        [Input("location")]
        public Input<string>? Location { get; set; }

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("resourceGroupName", required: true)]
        public Input<string> ResourceGroupName { get; set; } = null!;

        public InputList<Inputs.RouteTableRouteArgs> Routes
        {
            get => _routes ?? (_routes = new InputList<Inputs.RouteTableRouteArgs>());
            set => _routes = value;
        }
    }

    /// <summary><c>azure:network/route:Route</c>, a child of the route table its <c>RouteTableName</c> names.</summary>
    public partial class Route : global::Pulumi.CustomResource
    {
        public Route(string name, RouteArgs args, CustomResourceOptions? options = null)
            : base("azure:network/route:Route", name, args, options)
        {
        }

        [Output("name")]
        public Output<string> Name { get; private set; } = null!;

        [Output("nextHopType")]
        public Output<string> NextHopType { get; private set; } = null!;
    }

    public sealed class RouteArgs : global::Pulumi.ResourceArgs
    {
        public static new RouteArgs Empty => new RouteArgs();

        [Input("addressPrefix", required: true)]
        public Input<string> AddressPrefix { get; set; } = null!;

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("nextHopInIpAddress")]
        public Input<string>? NextHopInIpAddress { get; set; }

        [Input("nextHopType", required: true)]
        public Input<string> NextHopType { get; set; } = null!;

        [Input("resourceGroupName", required: true)]
        public Input<string> ResourceGroupName { get; set; } = null!;

        [Input("routeTableName", required: true)]
        public Input<string> RouteTableName { get; set; } = null!;
    }
}
