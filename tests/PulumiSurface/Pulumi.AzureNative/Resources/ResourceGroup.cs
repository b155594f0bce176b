namespace Pulumi.AzureNative.Resources
{
    /// <summary><c>azure-native:resources:ResourceGroup</c>: the group VNets and route tables are named in.</summary>
    public partial class ResourceGroup : global::Pulumi.CustomResource
    {
        public ResourceGroup(string name, ResourceGroupArgs? args = null, CustomResourceOptions? options = null)
            : base("azure-native:resources:ResourceGroup", name, args, options)
        {
        }

        [Output("location")]
        public Output<string> Location { get; private set; } = null!;

        [Output("name")]
        public Output<string> Name { get; private set; } = null!;

        public static ResourceGroup Get(string name, Input<string> id, CustomResourceOptions? options = null) => throw StandIn.NotLinked();
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

        [Input("resourceGroupName")]
        public Input<string>? ResourceGroupName { get; set; }

        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }
    }

    /// <summary>
    /// <c>azure-native:resources:Deployment</c>, an ARM deployment. Its simple name is also <c>Pulumi.Deployment</c>'s: with
    /// both namespaces imported, programs write <c>Pulumi.Deployment.RunAsync</c>.
    /// </summary>
    public partial class Deployment : global::Pulumi.CustomResource
    {
        public Deployment(string name, DeploymentArgs args, CustomResourceOptions? options = null)
            : base("azure-native:resources:Deployment", name, args, options)
        {
        }
    }

    public sealed class DeploymentArgs : global::Pulumi.ResourceArgs
    {
        [Input("resourceGroupName", required: true)]
        public Input<string> ResourceGroupName { get; set; } = null!;
    }

    /// <summary><c>azure-native:resources:Resource</c>, any resource by type; it shares its simple name with <c>Pulumi.Resource</c>.</summary>
    public partial class Resource : global::Pulumi.CustomResource
    {
        public Resource(string name, ResourceArgs args, CustomResourceOptions? options = null)
            : base("azure-native:resources:Resource", name, args, options)
        {
        }
    }

    public sealed class ResourceArgs : global::Pulumi.ResourceArgs
    {
        [Input("resourceGroupName", required: true)]
        public Input<string> ResourceGroupName { get; set; } = null!;
    }
}
