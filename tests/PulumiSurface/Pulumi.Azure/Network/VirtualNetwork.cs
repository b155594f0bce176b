using System.Collections.Immutable;

namespace Pulumi.Azure.Network
{
    /// <summary><c>azure:network/virtualNetwork:VirtualNetwork</c>.</summary>
    public partial class VirtualNetwork : global::Pulumi.CustomResource
    {
        public VirtualNetwork(string name, VirtualNetworkArgs args, CustomResourceOptions? options = null)
            : base("azure:network/virtualNetwork:VirtualNetwork", name, args, options)
        {
        }

        [Output("addressSpaces")]
        public Output<ImmutableArray<string>> AddressSpaces { get; private set; } = null!;

        [Output("guid")]
        public Output<string> Guid { get; private set; } = null!;

        [Output("location")]
        public Output<string> Location { get; private set; } = null!;

        [Output("name")]
        public Output<string> Name { get; private set; } = null!;

        [Output("resourceGroupName")]
        public Output<string> ResourceGroupName { get; private set; } = null!;

        [Output("subnets")]
        public Output<ImmutableArray<Outputs.VirtualNetworkSubnet>> Subnets { get; private set; } = null!;
    }

    public sealed class VirtualNetworkArgs : global::Pulumi.ResourceArgs
    {
        [Input("addressSpaces")]
        private InputList<string>? _addressSpaces;

        [Input("dnsServers")]
        private InputList<string>? _dnsServers;

        [Input("subnets")]
        private InputList<Inputs.VirtualNetworkSubnetArgs>? _subnets;

        [Input("tags")]
        private InputMap<string>? _tags;

        public static new VirtualNetworkArgs Empty => new VirtualNetworkArgs();

        public InputList<string> AddressSpaces
        {
            get => _addressSpaces ?? (_addressSpaces = new InputList<string>());
            set => _addressSpaces = value;
        }

        [Input("bgpCommunity")]
        public Input<string>? BgpCommunity { get; set; }

        public InputList<string> DnsServers
        {
            get => _dnsServers ?? (_dnsServers = new InputList<string>());
            set => _dnsServers = value;
        }

        [Input("edgeZone")]
        public Input<string>? EdgeZone { get; set; }

        [Input("flowTimeoutInMinutes")]
        public Input<int>? FlowTimeoutInMinutes { get; set; }

        [Input("location")]
        public Input<string>? Location { get; set; }

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("resourceGroupName", required: true)]
        public Input<string> ResourceGroupName { get; set; } = null!;

        public InputList<Inputs.VirtualNetworkSubnetArgs> Subnets
        {
            get => _subnets ?? (_subnets = new InputList<Inputs.VirtualNetworkSubnetArgs>());
            set => _subnets = value;
        }

        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }
    }
}
