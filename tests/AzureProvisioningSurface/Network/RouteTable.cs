using Azure.Core;
using Azure.Provisioning.Primitives;

namespace Azure.Provisioning.Network
{
    /// <summary><c>Microsoft.Network/routeTables</c>, with its routes inline.</summary>
    public class RouteTable : ProvisionableResource
    {
        public RouteTable(string bicepIdentifier, string? resourceVersion = null)
            : base(bicepIdentifier, default, resourceVersion) => throw StandIn.NotLinked();

        public BicepValue<bool> DisableBgpRoutePropagation
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepValue<ResourceIdentifier> Id
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepValue<AzureLocation> Location
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepValue<string> Name
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepList<RouteResource> Routes
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepList<SubnetResource> Subnets
        {
            get => throw StandIn.NotLinked();
        }

        public BicepDictionary<string> Tags
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public static RouteTable FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw StandIn.NotLinked();

        public override ResourceNameRequirements GetResourceNameRequirements() => throw StandIn.NotLinked();

        protected override void DefineProvisionableProperties() => throw StandIn.NotLinked();
    }

    /// <summary><c>Microsoft.Network/routeTables/routes</c>: a child of its <see cref="Parent"/> table, or inline in its <c>Routes</c>.</summary>
    public class RouteResource : ProvisionableResource
    {
        public RouteResource(string bicepIdentifier, string? resourceVersion = null)
            : base(bicepIdentifier, default, resourceVersion) => throw StandIn.NotLinked();

        public BicepValue<string> AddressPrefix
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepValue<bool> HasBgpOverride
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepValue<ResourceIdentifier> Id
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepValue<string> Name
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepValue<string> NextHopIPAddress
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepValue<RouteNextHopType> NextHopType
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public RouteTable? Parent
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public static RouteResource FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw StandIn.NotLinked();

        public override ResourceNameRequirements GetResourceNameRequirements() => throw StandIn.NotLinked();

        protected override void DefineProvisionableProperties() => throw StandIn.NotLinked();
    }
}
