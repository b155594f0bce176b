using System;
using System.Collections.Generic;
using Azure.Core;
using Azure.Provisioning.Expressions;

namespace Azure.Provisioning.Primitives
{
    /// <summary>Anything that compiles to Bicep statements: infrastructures, constructs, resources.</summary>
    public abstract class Provisionable
    {
        internal Provisionable()
        {
        }

        public virtual IEnumerable<Provisionable> GetProvisionableResources() => throw StandIn.NotLinked();

        protected internal abstract IEnumerable<BicepStatement> Compile();

        protected internal virtual void Resolve(ProvisioningBuildOptions? options = null) => throw StandIn.NotLinked();

        protected internal virtual void Validate(ProvisioningBuildOptions? options = null) => throw StandIn.NotLinked();
    }

    /// <summary>An object of properties (a resource, or a model such as an address space).</summary>
    public abstract class ProvisionableConstruct : Provisionable, IBicepValue
    {
        protected ProvisionableConstruct()
        {
        }

        public Infrastructure? ParentInfrastructure
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public IDictionary<string, IBicepValue> ProvisionableProperties => throw StandIn.NotLinked();

        BicepValueKind IBicepValue.Kind => throw StandIn.NotLinked();

        bool IBicepValue.IsEmpty => throw StandIn.NotLinked();

        BicepExpression IBicepValue.Compile() => throw StandIn.NotLinked();

        protected internal override IEnumerable<BicepStatement> Compile() => throw StandIn.NotLinked();

        protected virtual void DefineProvisionableProperties() => throw StandIn.NotLinked();
    }

    /// <summary>A construct with a Bicep identifier (the symbolic name in the compiled file, not the Azure name).</summary>
    public abstract class NamedProvisionableConstruct : ProvisionableConstruct
    {
        protected NamedProvisionableConstruct(string bicepIdentifier) => throw StandIn.NotLinked();

        public string BicepIdentifier
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }
    }

    /// <summary>An Azure resource: its type and API version, what it depends on, whether it already exists.</summary>
    public abstract class ProvisionableResource : NamedProvisionableConstruct
    {
        protected ProvisionableResource(string bicepIdentifier, ResourceType resourceType, string? resourceVersion = null)
            : base(bicepIdentifier) => throw StandIn.NotLinked();

        public IList<ProvisionableResource> DependsOn => throw StandIn.NotLinked();

        public bool IsExistingResource
        {
            get => throw StandIn.NotLinked();
            protected set => throw StandIn.NotLinked();
        }

        public ResourceType ResourceType => throw StandIn.NotLinked();

        public string? ResourceVersion
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public virtual ProvisioningPlan Build(ProvisioningBuildOptions? options = null) => throw StandIn.NotLinked();

        public virtual ResourceNameRequirements GetResourceNameRequirements() => throw StandIn.NotLinked();

        protected internal override IEnumerable<BicepStatement> Compile() => throw StandIn.NotLinked();
    }

    /// <summary>What a resource's name may be, for the resolvers that name resources left unnamed.</summary>
    public readonly struct ResourceNameRequirements
    {
        public ResourceNameRequirements(int minLength, int maxLength, ResourceNameCharacters validCharacters) => throw StandIn.NotLinked();

        public int MaxLength => throw StandIn.NotLinked();

        public int MinLength => throw StandIn.NotLinked();

        public ResourceNameCharacters ValidCharacters => throw StandIn.NotLinked();
    }

    [Flags]
    public enum ResourceNameCharacters
    {
        LowercaseLetters = 1,
        UppercaseLetters = 2,
        Letters = 3,
        Numbers = 4,
        Alphanumeric = 7,
        Hyphen = 8,
        Underscore = 16,
        Period = 32,
        Parentheses = 64,
    }

    /// <summary>What backs every <c>Parent</c> property (Bicep's <c>parent:</c>).</summary>
    public class ResourceReference<T>
        where T : ProvisionableResource
    {
        public ResourceReference(BicepValue<string> reference) => throw StandIn.NotLinked();

        public T? Value
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }
    }
}

namespace Azure.Provisioning.Resources
{
    using Azure.Provisioning.Primitives;

    /// <summary>A reference to another resource by its id.</summary>
    public class WritableSubResource : ProvisionableConstruct
    {
        public WritableSubResource() => throw StandIn.NotLinked();

        public BicepValue<ResourceIdentifier> Id
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }
    }
}
