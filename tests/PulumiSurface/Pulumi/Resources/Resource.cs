using System.Collections.Generic;

namespace Pulumi
{
    /// <summary>Every resource: its logical name and type, and its URN once registered.</summary>
    public class Resource
    {
        private protected Resource()
        {
        }

        [Output("urn")]
        public Output<string> Urn { get; private protected set; } = null!;

        public string GetResourceType() => throw StandIn.NotLinked();

        public string GetResourceName() => throw StandIn.NotLinked();
    }

    /// <summary>A resource a provider manages; its <see cref="Id"/> is the cloud id (for Azure, the ARM resource id).</summary>
    public class CustomResource : Resource
    {
        public CustomResource(string type, string name, ResourceArgs? args, CustomResourceOptions? options = null)
        {
        }

        [Output("id")]
        public Output<string> Id { get; private protected set; } = null!;
    }

    /// <summary>A resource made of other resources.</summary>
    public class ComponentResource : Resource
    {
        public ComponentResource(string type, string name, ComponentResourceOptions? options = null)
        {
        }

        public ComponentResource(string type, string name, ResourceArgs? args, ComponentResourceOptions? options = null)
        {
        }

        protected void RegisterOutputs() => throw StandIn.NotLinked();

        protected void RegisterOutputs(IDictionary<string, object?> outputs) => throw StandIn.NotLinked();
    }

    /// <summary>The root of a program written as a class: its constructor declares the resources.</summary>
    public class Stack : ComponentResource
    {
        public Stack(StackOptions? options = null)
            : base("pulumi:pulumi:Stack", "stack", options)
        {
        }
    }

    public abstract class InputArgs
    {
    }

    public abstract class ResourceArgs : InputArgs
    {
        public static readonly ResourceArgs Empty = null!;
    }

    public abstract class ResourceOptions
    {
        public Input<string>? Id { get; set; }

        public Resource? Parent { get; set; }

        public InputList<Resource> DependsOn
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public bool? Protect { get; set; }

        public string? Version { get; set; }
    }

    public sealed class CustomResourceOptions : ResourceOptions
    {
        public bool? DeleteBeforeReplace { get; set; }
    }

    public class ComponentResourceOptions : ResourceOptions
    {
    }

    public sealed class StackOptions : ComponentResourceOptions
    {
    }
}
