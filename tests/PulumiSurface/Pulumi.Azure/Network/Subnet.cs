using System.Collections.Immutable;

namespace Pulumi.Azure.Network
{
    /// <summary><c>azure:network/subnet:Subnet</c>, a child of the VNet its <c>VirtualNetworkName</c> names.</summary>
    public partial class Subnet : global::Pulumi.CustomResource
    {
        public Subnet(string name, SubnetArgs args, CustomResourceOptions? options = null)
            : base("azure:network/subnet:Subnet", name, args, options)
        {
        }

        [Output("addressPrefixes")]
        public Output<ImmutableArray<string>> AddressPrefixes { get; private set; } = null!;

        [Output("name")]
        public Output<string> Name { get; private set; } = null!;
    }

    public sealed class SubnetArgs : global::Pulumi.ResourceArgs
    {
        [Input("addressPrefixes", required: true)]
        private InputList<string>? _addressPrefixes;

        public static new SubnetArgs Empty => new SubnetArgs();

        public InputList<string> AddressPrefixes
        {
            get => _addressPrefixes ?? (_addressPrefixes = new InputList<string>());
            set => _addressPrefixes = value;
        }

        [Input("defaultOutboundAccessEnabled")]
        public Input<bool>? DefaultOutboundAccessEnabled { get; set; }

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("resourceGroupName", required: true)]
        public Input<string> ResourceGroupName { get; set; } = null!;

        [Input("virtualNetworkName", required: true)]
        public Input<string> VirtualNetworkName { get; set; } = null!;
    }

    /// <summary><c>azure:network/subnetRouteTableAssociation:SubnetRouteTableAssociation</c>: a route table applies to a subnet.</summary>
    public partial class SubnetRouteTableAssociation : global::Pulumi.CustomResource
    {
        public SubnetRouteTableAssociation(string name, SubnetRouteTableAssociationArgs args, CustomResourceOptions? options = null)
            : base("azure:network/subnetRouteTableAssociation:SubnetRouteTableAssociation", name, args, options)
        {
        }

        [Output("routeTableId")]
        public Output<string> RouteTableId { get; private set; } = null!;

        [Output("subnetId")]
        public Output<string> SubnetId { get; private set; } = null!;
    }

    public sealed class SubnetRouteTableAssociationArgs : global::Pulumi.ResourceArgs
    {
        public static new SubnetRouteTableAssociationArgs Empty => new SubnetRouteTableAssociationArgs();

        [Input("routeTableId", required: true)]
        public Input<string> RouteTableId { get; set; } = null!;

        [Input("subnetId", required: true)]
        public Input<string> SubnetId { get; set; } = null!;
    }
}
