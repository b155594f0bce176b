using System;
using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Azure.ResourceManager.Network.Models
{
    [StructLayout(LayoutKind.Sequential)]
    public readonly partial struct PrivateEndpointVnetPolicy : IEquatable<PrivateEndpointVnetPolicy>
    {
        private readonly string _value;

        public PrivateEndpointVnetPolicy(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static PrivateEndpointVnetPolicy Basic { get; } = new PrivateEndpointVnetPolicy("Basic");
        public static PrivateEndpointVnetPolicy Disabled { get; } = new PrivateEndpointVnetPolicy("Disabled");

        public static bool operator ==(PrivateEndpointVnetPolicy left, PrivateEndpointVnetPolicy right) => left.Equals(right);

        public static bool operator !=(PrivateEndpointVnetPolicy left, PrivateEndpointVnetPolicy right) => !left.Equals(right);

        public static implicit operator PrivateEndpointVnetPolicy(string value) => new PrivateEndpointVnetPolicy(value);
#if SDK_MAIN

        // MAIN (TypeSpec) also converts a string straight to the nullable form.
        public static implicit operator PrivateEndpointVnetPolicy?(string value) => value == null ? default(PrivateEndpointVnetPolicy?) : new PrivateEndpointVnetPolicy(value);
#endif

        public bool Equals(PrivateEndpointVnetPolicy other) => string.Equals(_value, other._value, StringComparison.InvariantCultureIgnoreCase);

#if SDK_OLD
        // OLD (AutoRest) hides the object overrides from IntelliSense.
        [EditorBrowsable(EditorBrowsableState.Never)]
#endif
        public override bool Equals(object obj) => obj is PrivateEndpointVnetPolicy other && Equals(other);

#if SDK_OLD
        [EditorBrowsable(EditorBrowsableState.Never)]
#endif
        public override int GetHashCode() => _value != null ? StringComparer.InvariantCultureIgnoreCase.GetHashCode(_value) : 0;

        public override string ToString() => _value;
    }
}
