using Azure.Core;
using Azure.Provisioning.Primitives;

namespace Azure.Provisioning.Network
{
    /// <summary><c>Microsoft.Network/virtualNetworks</c>: subnets and peerings can be given inline, as resource objects.</summary>
    public class VirtualNetwork : ProvisionableResource
    {
        public VirtualNetwork(string bicepIdentifier, string? resourceVersion = null)
            : base(bicepIdentifier, default, resourceVersion) => throw StandIn.NotLinked();

        public VirtualNetworkAddressSpace AddressSpace
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepList<string> DhcpOptionsDnsServers
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepValue<bool> EnableDdosProtection
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepValue<bool> EnableVmProtection
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

        public BicepList<SubnetResource> Subnets
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepDictionary<string> Tags
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepList<VirtualNetworkPeering> VirtualNetworkPeerings
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public static VirtualNetwork FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw StandIn.NotLinked();

        public override ResourceNameRequirements GetResourceNameRequirements() => throw StandIn.NotLinked();

        protected override void DefineProvisionableProperties() => throw StandIn.NotLinked();

        public static class ResourceVersions
        {
            public static readonly string V2024_05_01 = "2024-05-01";
            public static readonly string V2024_07_01 = "2024-07-01";
            public static readonly string V2024_10_01 = "2024-10-01";
            public static readonly string V2025_01_01 = "2025-01-01";
#if SHAPE_MAIN
            public static readonly string V2025_03_01 = "2025-03-01";
            public static readonly string V2025_05_01 = "2025-05-01";
#endif
        }
    }

    /// <summary>A VNet's (or a peering's local and remote) address space.</summary>
    public class VirtualNetworkAddressSpace : ProvisionableConstruct
    {
        public VirtualNetworkAddressSpace() => throw StandIn.NotLinked();

        public BicepList<string> AddressPrefixes
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepList<IpamPoolPrefixAllocation> IpamPoolPrefixAllocations
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        protected override void DefineProvisionableProperties() => throw StandIn.NotLinked();
    }

    /// <summary>An allocation from an IPAM pool: Azure chooses the prefixes when it deploys the resource.</summary>
    public class IpamPoolPrefixAllocation : ProvisionableConstruct
    {
        public IpamPoolPrefixAllocation() => throw StandIn.NotLinked();

        public BicepList<string> AllocatedAddressPrefixes => throw StandIn.NotLinked();

        public BicepValue<ResourceIdentifier> Id
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepValue<string> NumberOfIPAddresses
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        protected override void DefineProvisionableProperties() => throw StandIn.NotLinked();
    }
}
