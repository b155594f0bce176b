using Azure.Core;
using Azure.Provisioning.Primitives;

namespace Azure.Provisioning.Network
{
    /// <summary><c>Microsoft.Network/virtualNetworks/virtualNetworkPeerings</c>: a child of its <see cref="Parent"/> VNet, or inline in the VNet's <c>VirtualNetworkPeerings</c>.</summary>
    public class VirtualNetworkPeering : ProvisionableResource
    {
        public VirtualNetworkPeering(string bicepIdentifier, string? resourceVersion = null)
            : base(bicepIdentifier, default, resourceVersion) => throw StandIn.NotLinked();

        public BicepValue<bool> AllowForwardedTraffic
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepValue<bool> AllowGatewayTransit
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepValue<bool> AllowVirtualNetworkAccess
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepValue<bool> AreCompleteVnetsPeered
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepValue<bool> DoNotVerifyRemoteGateways
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepValue<bool> EnableOnlyIPv6Peering
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepValue<ResourceIdentifier> Id
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public VirtualNetworkAddressSpace LocalAddressSpace
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepList<string> LocalSubnetNames
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public VirtualNetworkAddressSpace LocalVirtualNetworkAddressSpace
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepValue<string> Name
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public VirtualNetwork? Parent
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepValue<VirtualNetworkPeeringState> PeeringState
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepValue<VirtualNetworkPeeringLevel> PeeringSyncLevel
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public VirtualNetworkAddressSpace RemoteAddressSpace
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepList<string> RemoteSubnetNames
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public VirtualNetworkAddressSpace RemoteVirtualNetworkAddressSpace
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepValue<ResourceIdentifier> RemoteVirtualNetworkId
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public BicepValue<bool> UseRemoteGateways
        {
            get => throw StandIn.NotLinked();
            set => throw StandIn.NotLinked();
        }

        public static VirtualNetworkPeering FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw StandIn.NotLinked();

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
}
