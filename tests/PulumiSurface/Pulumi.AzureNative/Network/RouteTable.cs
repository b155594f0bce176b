using System.Collections.Immutable;

namespace Pulumi.AzureNative.Network
{
    /// <summary><c>azure-native:network:RouteTable</c>.</summary>
    public partial class RouteTable : global::Pulumi.CustomResource
    {
        public RouteTable(string name, RouteTableArgs args, CustomResourceOptions? options = null)
            : base("azure-native:network:RouteTable", name, args, options)
        {
        }

        [Output("name")]
        public Output<string> Name { get; private set; } = null!;

        [Output("routes")]
        public Output<ImmutableArray<Outputs.RouteResponse>> Routes { get; private set; } = null!;

        public static RouteTable Get(string name, Input<string> id, CustomResourceOptions? options = null) => throw StandIn.NotLinked();
    }

    public sealed class RouteTableArgs : global::Pulumi.ResourceArgs
    {
        [Input("routes")]
        private InputList<Inputs.RouteArgs>? _routes;

        public static new RouteTableArgs Empty => new RouteTableArgs();

        [Input("disableBgpRoutePropagation")]
        public Input<bool>? DisableBgpRoutePropagation { get; set; }

        [Input("id")]
        public Input<string>? Id { get; set; }

        [Input("location")]
        public Input<string>? Location { get; set; }

        [Input("resourceGroupName", required: true)]
        public Input<string> ResourceGroupName { get; set; } = null!;

        [Input("routeTableName")]
        public Input<string>? RouteTableName { get; set; }

        public InputList<Inputs.RouteArgs> Routes
        {
            get => _routes ?? (_routes = new InputList<Inputs.RouteArgs>());
            set => _routes = value;
        }
    }

    /// <summary><c>azure-native:network:Route</c>, a child of the route table its <c>RouteTableName</c> names.</summary>
    public partial class Route : global::Pulumi.CustomResource
    {
        public Route(string name, RouteArgs args, CustomResourceOptions? options = null)
            : base("azure-native:network:Route", name, args, options)
        {
        }

        [Output("name")]
        public Output<string?> Name { get; private set; } = null!;

        [Output("nextHopType")]
        public Output<string> NextHopType { get; private set; } = null!;

        [Output("nextHopIpAddress")]
        public Output<string?> NextHopIpAddress { get; private set; } = null!;

        public static Route Get(string name, Input<string> id, CustomResourceOptions? options = null) => throw StandIn.NotLinked();
    }

    public sealed class RouteArgs : global::Pulumi.ResourceArgs
    {
        public static new RouteArgs Empty => new RouteArgs();

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

        [Input("resourceGroupName", required: true)]
        public Input<string> ResourceGroupName { get; set; } = null!;

        [Input("routeName")]
        public Input<string>? RouteName { get; set; }

        [Input("routeTableName", required: true)]
        public Input<string> RouteTableName { get; set; } = null!;
    }
}
