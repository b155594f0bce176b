using System;
using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Azure.ResourceManager.Network.Models
{
    [StructLayout(LayoutKind.Sequential)]
    public readonly partial struct VirtualNetworkPrivateEndpointNetworkPolicy : IEquatable<VirtualNetworkPrivateEndpointNetworkPolicy>
    {
        private readonly string _value;

        public VirtualNetworkPrivateEndpointNetworkPolicy(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static VirtualNetworkPrivateEndpointNetworkPolicy Disabled { get; } = new VirtualNetworkPrivateEndpointNetworkPolicy("Disabled");
        public static VirtualNetworkPrivateEndpointNetworkPolicy Enabled { get; } = new VirtualNetworkPrivateEndpointNetworkPolicy("Enabled");
        public static VirtualNetworkPrivateEndpointNetworkPolicy NetworkSecurityGroupEnabled { get; } = new VirtualNetworkPrivateEndpointNetworkPolicy("NetworkSecurityGroupEnabled");
        public static VirtualNetworkPrivateEndpointNetworkPolicy RouteTableEnabled { get; } = new VirtualNetworkPrivateEndpointNetworkPolicy("RouteTableEnabled");

        public static bool operator ==(VirtualNetworkPrivateEndpointNetworkPolicy left, VirtualNetworkPrivateEndpointNetworkPolicy right) => left.Equals(right);

        public static bool operator !=(VirtualNetworkPrivateEndpointNetworkPolicy left, VirtualNetworkPrivateEndpointNetworkPolicy right) => !left.Equals(right);

        public static implicit operator VirtualNetworkPrivateEndpointNetworkPolicy(string value) => new VirtualNetworkPrivateEndpointNetworkPolicy(value);
#if SDK_MAIN

        // MAIN (TypeSpec) also converts a string straight to the nullable form.
        public static implicit operator VirtualNetworkPrivateEndpointNetworkPolicy?(string value) => value == null ? default(VirtualNetworkPrivateEndpointNetworkPolicy?) : new VirtualNetworkPrivateEndpointNetworkPolicy(value);
#endif

        public bool Equals(VirtualNetworkPrivateEndpointNetworkPolicy other) => string.Equals(_value, other._value, StringComparison.InvariantCultureIgnoreCase);

#if SDK_OLD
        // OLD (AutoRest) hides the object overrides from IntelliSense.
        [EditorBrowsable(EditorBrowsableState.Never)]
#endif
        public override bool Equals(object obj) => obj is VirtualNetworkPrivateEndpointNetworkPolicy other && Equals(other);

#if SDK_OLD
        [EditorBrowsable(EditorBrowsableState.Never)]
#endif
        public override int GetHashCode() => _value != null ? StringComparer.InvariantCultureIgnoreCase.GetHashCode(_value) : 0;

        public override string ToString() => _value;
    }
}
