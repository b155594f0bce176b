using System;
using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Azure.ResourceManager.Network.Models
{
    [StructLayout(LayoutKind.Sequential)]
    public readonly partial struct VirtualNetworkPrivateLinkServiceNetworkPolicy : IEquatable<VirtualNetworkPrivateLinkServiceNetworkPolicy>
    {
        private readonly string _value;

        public VirtualNetworkPrivateLinkServiceNetworkPolicy(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static VirtualNetworkPrivateLinkServiceNetworkPolicy Disabled { get; } = new VirtualNetworkPrivateLinkServiceNetworkPolicy("Disabled");
        public static VirtualNetworkPrivateLinkServiceNetworkPolicy Enabled { get; } = new VirtualNetworkPrivateLinkServiceNetworkPolicy("Enabled");

        public static bool operator ==(VirtualNetworkPrivateLinkServiceNetworkPolicy left, VirtualNetworkPrivateLinkServiceNetworkPolicy right) => left.Equals(right);

        public static bool operator !=(VirtualNetworkPrivateLinkServiceNetworkPolicy left, VirtualNetworkPrivateLinkServiceNetworkPolicy right) => !left.Equals(right);

        public static implicit operator VirtualNetworkPrivateLinkServiceNetworkPolicy(string value) => new VirtualNetworkPrivateLinkServiceNetworkPolicy(value);
#if SDK_MAIN

        // MAIN (TypeSpec) also converts a string straight to the nullable form.
        public static implicit operator VirtualNetworkPrivateLinkServiceNetworkPolicy?(string value) => value == null ? default(VirtualNetworkPrivateLinkServiceNetworkPolicy?) : new VirtualNetworkPrivateLinkServiceNetworkPolicy(value);
#endif

        public bool Equals(VirtualNetworkPrivateLinkServiceNetworkPolicy other) => string.Equals(_value, other._value, StringComparison.InvariantCultureIgnoreCase);

#if SDK_OLD
        // OLD (AutoRest) hides the object overrides from IntelliSense.
        [EditorBrowsable(EditorBrowsableState.Never)]
#endif
        public override bool Equals(object obj) => obj is VirtualNetworkPrivateLinkServiceNetworkPolicy other && Equals(other);

#if SDK_OLD
        [EditorBrowsable(EditorBrowsableState.Never)]
#endif
        public override int GetHashCode() => _value != null ? StringComparer.InvariantCultureIgnoreCase.GetHashCode(_value) : 0;

        public override string ToString() => _value;
    }
}
