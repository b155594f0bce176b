using System.Collections.Immutable;

namespace Pulumi.AzureNative.Network
{
    /// <summary><c>azure-native:network:VirtualNetwork</c>.</summary>
    public partial class VirtualNetwork : global::Pulumi.CustomResource
    {
        public VirtualNetwork(string name, VirtualNetworkArgs args, CustomResourceOptions? options = null)
            : base("azure-native:network:VirtualNetwork", name, args, options)
        {
        }

        [Output("addressSpace")]
        public Output<Outputs.AddressSpaceResponse?> AddressSpace { get; private set; } = null!;

#if AZURE_NATIVE_V3
        [Output("azureApiVersion")]
        public Output<string> AzureApiVersion { get; private set; } = null!;
#endif

        [Output("location")]
        public Output<string?> Location { get; private set; } = null!;

        [Output("name")]
        public Output<string> Name { get; private set; } = null!;

        [Output("subnets")]
        public Output<ImmutableArray<Outputs.SubnetResponse>> Subnets { get; private set; } = null!;

        [Output("virtualNetworkPeerings")]
        public Output<ImmutableArray<Outputs.VirtualNetworkPeeringResponse>> VirtualNetworkPeerings { get; private set; } = null!;

        public static VirtualNetwork Get(string name, Input<string> id, CustomResourceOptions? options = null) => throw StandIn.NotLinked();
    }

    public sealed class VirtualNetworkArgs : global::Pulumi.ResourceArgs
    {
        [Input("subnets")]
        private InputList<Inputs.SubnetArgs>? _subnets;

        [Input("tags")]
        private InputMap<string>? _tags;

        [Input("virtualNetworkPeerings")]
        private InputList<Inputs.VirtualNetworkPeeringArgs>? _virtualNetworkPeerings;

        public VirtualNetworkArgs()
        {
            EnableDdosProtection = false;
            EnableVmProtection = false;
        }

        public static new VirtualNetworkArgs Empty => new VirtualNetworkArgs();

        [Input("addressSpace")]
        public Input<Inputs.AddressSpaceArgs>? AddressSpace { get; set; }

        [Input("enableDdosProtection")]
        public Input<bool>? EnableDdosProtection { get; set; }

        [Input("enableVmProtection")]
        public Input<bool>? EnableVmProtection { get; set; }

        [Input("id")]
        public Input<string>? Id { get; set; }

        [Input("location")]
        public Input<string>? Location { get; set; }

        [Input("resourceGroupName", required: true)]
        public Input<string> ResourceGroupName { get; set; } = null!;

        public InputList<Inputs.SubnetArgs> Subnets
        {
            get => _subnets ?? (_subnets = new InputList<Inputs.SubnetArgs>());
            set => _subnets = value;
        }

        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        [Input("virtualNetworkName")]
        public Input<string>? VirtualNetworkName { get; set; }

        public InputList<Inputs.VirtualNetworkPeeringArgs> VirtualNetworkPeerings
        {
            get => _virtualNetworkPeerings ?? (_virtualNetworkPeerings = new InputList<Inputs.VirtualNetworkPeeringArgs>());
            set => _virtualNetworkPeerings = value;
        }
    }
}
