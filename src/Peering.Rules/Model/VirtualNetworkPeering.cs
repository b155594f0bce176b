using System.Collections.Generic;

namespace Peering.Rules.Model
{
    /// <summary>One peering: a link from its parent VNet to a remote VNet.</summary>
    public sealed class VirtualNetworkPeering
    {
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

        /// <summary>Properties Azure computes that the source sets anyway.</summary>
        public IList<ServiceManagedSetting> ServiceManagedSettings { get; } = new List<ServiceManagedSetting>();

        /// <summary>The remote VNet when the analysis resolved it.</summary>
        public VirtualNetwork? RemoteNetwork => Remote.IsKnown ? Remote.Value.Network : null;
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
