namespace Pulumi.AzureNative.Network
{
    /// <summary><c>azure-native:network:Subnet</c>, a child of the VNet its <c>VirtualNetworkName</c> names.</summary>
    public partial class Subnet : global::Pulumi.CustomResource
    {
        public Subnet(string name, SubnetArgs args, CustomResourceOptions? options = null)
            : base("azure-native:network:Subnet", name, args, options)
        {
        }

        [Output("addressPrefix")]
        public Output<string?> AddressPrefix { get; private set; } = null!;

        [Output("name")]
        public Output<string?> Name { get; private set; } = null!;

        public static Subnet Get(string name, Input<string> id, CustomResourceOptions? options = null) => throw StandIn.NotLinked();
    }

    public sealed class SubnetArgs : global::Pulumi.ResourceArgs
    {
        [Input("addressPrefixes")]
        private InputList<string>? _addressPrefixes;

        public SubnetArgs()
        {
            PrivateEndpointNetworkPolicies = "Disabled";
            PrivateLinkServiceNetworkPolicies = "Enabled";
        }

        public static new SubnetArgs Empty => new SubnetArgs();

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
        public Input<Inputs.SubResourceArgs>? NatGateway { get; set; }

        [Input("privateEndpointNetworkPolicies")]
        public Input<string>? PrivateEndpointNetworkPolicies { get; set; }

        [Input("privateLinkServiceNetworkPolicies")]
        public Input<string>? PrivateLinkServiceNetworkPolicies { get; set; }

        [Input("resourceGroupName", required: true)]
        public Input<string> ResourceGroupName { get; set; } = null!;

        [Input("routeTable")]
        public Input<Inputs.RouteTableArgs>? RouteTable { get; set; }

        [Input("subnetName")]
        public Input<string>? SubnetName { get; set; }

        [Input("virtualNetworkName", required: true)]
        public Input<string> VirtualNetworkName { get; set; } = null!;
    }
}
