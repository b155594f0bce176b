using Azure.Core;
using Azure.Provisioning.Primitives;

namespace Azure.Provisioning.Network
{
    /// <summary><c>Microsoft.Network/virtualNetworks/subnets</c>: a child of its <see cref="Parent"/> VNet, or inline in the VNet's <c>Subnets</c>; the gateway subnet is the one named <c>GatewaySubnet</c>.</summary>
    public class SubnetResource : ProvisionableResource
    {
        public SubnetResource(string bicepIdentifier, string? resourceVersion = null)
            : base(bicepIdentifier, default, resourceVersion) => throw StandIn.NotLinked();

        public BicepValue<string> AddressPrefix
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepList<string> AddressPrefixes
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepValue<bool> DefaultOutboundAccess
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepList<IpamPoolPrefixAllocation> IpamPoolPrefixAllocations
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

        public BicepValue<ResourceIdentifier> NatGatewayId
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public VirtualNetwork? Parent
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public RouteTable RouteTable
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public static SubnetResource FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw StandIn.NotLinked();

        public override ResourceNameRequirements GetResourceNameRequirements() => throw StandIn.NotLinked();

        protected override void DefineProvisionableProperties() => throw StandIn.NotLinked();
    }
}
