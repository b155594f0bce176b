namespace Pulumi.Azure.Core
{
    /// <summary><c>azure:core/resourceGroup:ResourceGroup</c>.</summary>
    public partial class ResourceGroup : global::Pulumi.CustomResource
    {
        public ResourceGroup(string name, ResourceGroupArgs? args = null, CustomResourceOptions? options = null)
            : base("azure:core/resourceGroup:ResourceGroup", name, args, options)
        {
        }

        [Output("location")]
        public Output<string> Location { get; private set; } = null!;

        [Output("name")]
        public Output<string> Name { get; private set; } = null!;
    }

    public sealed class ResourceGroupArgs : global::Pulumi.ResourceArgs
    {
        [Input("tags")]
        private InputMap<string>? _tags;

        public static new ResourceGroupArgs Empty => new ResourceGroupArgs();

        [Input("location")]
        public Input<string>? Location { get; set; }

        [Input("managedBy")]
        public Input<string>? ManagedBy { get; set; }

        [Input("name")]
        public Input<string>? Name { get; set; }

        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }
    }
}
