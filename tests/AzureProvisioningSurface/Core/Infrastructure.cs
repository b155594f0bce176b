using System;
using System.Collections.Generic;
using Azure.Provisioning.Expressions;
using Azure.Provisioning.Primitives;

namespace Azure.Provisioning
{
    /// <summary>One Bicep file: what is added to it is emitted when it is built.</summary>
    public class Infrastructure : Provisionable
    {
        public Infrastructure(string bicepName = "main") => throw StandIn.NotLinked();

        public string BicepName => throw StandIn.NotLinked();

        public virtual void Add(Provisionable resource) => throw StandIn.NotLinked();

        public virtual void Remove(Provisionable resource) => throw StandIn.NotLinked();

        public virtual ProvisioningPlan Build(ProvisioningBuildOptions? options = null) => throw StandIn.NotLinked();

        public override IEnumerable<Provisionable> GetProvisionableResources() => throw StandIn.NotLinked();

        protected internal override IEnumerable<BicepStatement> Compile() => throw StandIn.NotLinked();
    }

    public class ProvisioningBuildOptions
    {
        public ProvisioningBuildOptions() => throw StandIn.NotLinked();

        public Random Random
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }
    }

    /// <summary>A built infrastructure: its Bicep files, compiled or saved.</summary>
    public class ProvisioningPlan
    {
        internal ProvisioningPlan()
        {
        }

        public Infrastructure Infrastructure => throw StandIn.NotLinked();

        public IDictionary<string, string> Compile() => throw StandIn.NotLinked();

        public IEnumerable<string> Save(string directoryPath) => throw StandIn.NotLinked();
    }

    /// <summary>A Bicep variable, and the base of parameters and outputs: converts to any <see cref="BicepValue{T}"/>.</summary>
    public class ProvisioningVariable : NamedProvisionableConstruct
    {
        public ProvisioningVariable(string bicepIdentifier, Type type)
            : base(bicepIdentifier) => throw StandIn.NotLinked();

        protected ProvisioningVariable(string bicepIdentifier, BicepExpression type, BicepValue<object>? value)
            : base(bicepIdentifier) => throw StandIn.NotLinked();

        public BicepExpression BicepType => throw StandIn.NotLinked();

        public string? Description
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepValue<object> Value
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        protected internal override IEnumerable<BicepStatement> Compile() => throw StandIn.NotLinked();
    }

    /// <summary>A Bicep parameter: its value is given at deployment.</summary>
    public class ProvisioningParameter : ProvisioningVariable
    {
        public ProvisioningParameter(string bicepIdentifier, Type type)
            : base(bicepIdentifier, type) => throw StandIn.NotLinked();

        public ProvisioningParameter(string bicepIdentifier, BicepExpression type)
            : base(bicepIdentifier, type, null) => throw StandIn.NotLinked();

        public bool IsSecure
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        protected internal override IEnumerable<BicepStatement> Compile() => throw StandIn.NotLinked();
    }

    /// <summary>A Bicep output.</summary>
    public class ProvisioningOutput : ProvisioningVariable
    {
        public ProvisioningOutput(string bicepIdentifier, Type type)
            : base(bicepIdentifier, type) => throw StandIn.NotLinked();

        public ProvisioningOutput(string bicepIdentifier, BicepExpression type)
            : base(bicepIdentifier, type, null) => throw StandIn.NotLinked();

        protected internal override IEnumerable<BicepStatement> Compile() => throw StandIn.NotLinked();
    }
}
