using System.Collections.Generic;

namespace Peering.Rules.Model
{
    /// <summary>One peering: a link from its parent VNet to a remote VNet.</summary>
    public sealed class VirtualNetworkPeering
    {
        private List<ServiceManagedSetting> serviceManagedSettings = new List<ServiceManagedSetting>();

        public VirtualNetworkPeering(object? declaration)
        {
            Declaration = declaration;
        }

        /// <summary>Where the peering is defined (the object creation, the template resource).</summary>
        public object? Declaration { get; }

        public Fact<string> Name { get; set; }

        /// <summary>
        /// True when the peering may not be created (a template <c>condition</c>, a C# branch): it still counts as a
        /// mistake when it is one, but it is no proof that a link exists (a reverse peering, a second link).
        /// </summary>
        public bool IsConditional { get; set; }

        /// <summary>The VNet the peering belongs to; null when unknown.</summary>
        public VirtualNetwork? Parent { get; set; }

        /// <summary>Absent when the peering is written without any remote VNet.</summary>
        public Fact<RemoteNetworkReference> Remote { get; set; }

        public Fact<bool> AllowVirtualNetworkAccess { get; set; }

        public Fact<bool> AllowForwardedTraffic { get; set; }

        public Fact<bool> AllowGatewayTransit { get; set; }

        public Fact<bool> UseRemoteGateways { get; set; }

        public Fact<bool> DoNotVerifyRemoteGateways { get; set; }

        /// <summary>
        /// Wire <c>peerCompleteVnets</c> (SDK <c>AreCompleteVnetsPeered</c>, azurerm
        /// <c>peer_complete_virtual_networks_enabled</c>): known false for subnet peering, which links only the subnets of
        /// <see cref="LocalSubnetNames"/> and <see cref="RemoteSubnetNames"/> (API 2023-11-01 and later). Absent means
        /// Azure's default, true: the complete VNets are peered.
        /// </summary>
        public Fact<bool> PeerCompleteVirtualNetworks { get; set; }

        /// <summary>The subnets of the parent VNet a subnet peering links (wire <c>localSubnetNames</c>).</summary>
        public Fact<IReadOnlyList<string>> LocalSubnetNames { get; set; }

        /// <summary>The subnets of the remote VNet a subnet peering links (wire <c>remoteSubnetNames</c>).</summary>
        public Fact<IReadOnlyList<string>> RemoteSubnetNames { get; set; }

        /// <summary>
        /// Wire <c>enableOnlyIPv6Peering</c> (azurerm <c>only_ipv6_peering_enabled</c>): known true when only the IPv6 ranges
        /// are peered, so only they are checked for overlap. Absent means false.
        /// </summary>
        public Fact<bool> EnableOnlyIPv6Peering { get; set; }

        /// <summary>
        /// The write that creates the peering (for a peering inline in its VNet, the VNet's write), with what it waits for;
        /// null when the front end does not know what orders it.
        /// </summary>
        public DeploymentStep? Deployment { get; set; }

        /// <summary>Properties Azure computes that the source sets anyway.</summary>
        public IList<ServiceManagedSetting> ServiceManagedSettings => serviceManagedSettings;

        /// <summary>The remote VNet when the analysis resolved it.</summary>
        public VirtualNetwork? RemoteNetwork => Remote.IsKnown ? Remote.Value.Network : null;

        /// <summary>
        /// A peering whose remote and flags the source is known to leave unset, so Azure's defaults apply: what a front end
        /// starts from for a peering it sees built from nothing.
        /// </summary>
        public static VirtualNetworkPeering Unset(object? declaration) => new VirtualNetworkPeering(declaration)
        {
            Remote = Fact<RemoteNetworkReference>.Absent(null),
            AllowVirtualNetworkAccess = Fact<bool>.Absent(null),
            AllowForwardedTraffic = Fact<bool>.Absent(null),
            AllowGatewayTransit = Fact<bool>.Absent(null),
            UseRemoteGateways = Fact<bool>.Absent(null),
            DoNotVerifyRemoteGateways = Fact<bool>.Absent(null),
            PeerCompleteVirtualNetworks = Fact<bool>.Absent(null),
            LocalSubnetNames = Fact<IReadOnlyList<string>>.Absent(null),
            RemoteSubnetNames = Fact<IReadOnlyList<string>>.Absent(null),
            EnableOnlyIPv6Peering = Fact<bool>.Absent(null),
        };

        /// <summary>
        /// A copy with every fact and its own list of settings: a snapshot of a peering the front end goes on changing, or
        /// the peering carried into another topology (with its parent and remote set there).
        /// </summary>
        public VirtualNetworkPeering Copy()
        {
            var copy = (VirtualNetworkPeering)MemberwiseClone();
            copy.serviceManagedSettings = new List<ServiceManagedSetting>(serviceManagedSettings);
            return copy;
        }
    }

    /// <summary>A service-managed property (e.g. <c>PeeringState</c>) set by the source.</summary>
    public sealed class ServiceManagedSetting
    {
        public ServiceManagedSetting(string propertyName, object? source)
        {
            PropertyName = propertyName;
            Source = source;
        }

        public string PropertyName { get; }

        public object? Source { get; }
    }
}
