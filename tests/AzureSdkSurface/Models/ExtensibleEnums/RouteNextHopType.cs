using System;
using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Azure.ResourceManager.Network.Models
{
    [StructLayout(LayoutKind.Sequential)]
    public readonly partial struct RouteNextHopType : IEquatable<RouteNextHopType>
    {
        private readonly string _value;

        public RouteNextHopType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static RouteNextHopType Internet { get; } = new RouteNextHopType("Internet");
        public static RouteNextHopType None { get; } = new RouteNextHopType("None");
        public static RouteNextHopType VirtualAppliance { get; } = new RouteNextHopType("VirtualAppliance");
        public static RouteNextHopType VirtualApplianceEcmp { get; } = new RouteNextHopType("VirtualApplianceEcmp");
        public static RouteNextHopType VirtualNetworkGateway { get; } = new RouteNextHopType("VirtualNetworkGateway");
        public static RouteNextHopType VnetLocal { get; } = new RouteNextHopType("VnetLocal");

        public static bool operator ==(RouteNextHopType left, RouteNextHopType right) => left.Equals(right);

        public static bool operator !=(RouteNextHopType left, RouteNextHopType right) => !left.Equals(right);

        public static implicit operator RouteNextHopType(string value) => new RouteNextHopType(value);
#if SDK_MAIN

        // MAIN (TypeSpec) also converts a string straight to the nullable form.
        public static implicit operator RouteNextHopType?(string value) => value == null ? default(RouteNextHopType?) : new RouteNextHopType(value);
#endif

        public bool Equals(RouteNextHopType other) => string.Equals(_value, other._value, StringComparison.InvariantCultureIgnoreCase);

#if SDK_OLD
        // OLD (AutoRest) hides the object overrides from IntelliSense.
        [EditorBrowsable(EditorBrowsableState.Never)]
#endif
        public override bool Equals(object obj) => obj is RouteNextHopType other && Equals(other);

#if SDK_OLD
        [EditorBrowsable(EditorBrowsableState.Never)]
#endif
        public override int GetHashCode() => _value != null ? StringComparer.InvariantCultureIgnoreCase.GetHashCode(_value) : 0;

        public override string ToString() => _value;
    }
}
