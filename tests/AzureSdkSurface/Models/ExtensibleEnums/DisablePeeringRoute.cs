using System;
using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Azure.ResourceManager.Network.Models
{
    [StructLayout(LayoutKind.Sequential)]
    public readonly partial struct DisablePeeringRoute : IEquatable<DisablePeeringRoute>
    {
        private readonly string _value;

        public DisablePeeringRoute(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        // The fact sheet does not list this enum's values, so none are invented here;
        // use the constructor or a string.

        public static bool operator ==(DisablePeeringRoute left, DisablePeeringRoute right) => left.Equals(right);

        public static bool operator !=(DisablePeeringRoute left, DisablePeeringRoute right) => !left.Equals(right);

        public static implicit operator DisablePeeringRoute(string value) => new DisablePeeringRoute(value);
#if SDK_MAIN

        // MAIN (TypeSpec) also converts a string straight to the nullable form.
        public static implicit operator DisablePeeringRoute?(string value) => value == null ? default(DisablePeeringRoute?) : new DisablePeeringRoute(value);
#endif

        public bool Equals(DisablePeeringRoute other) => string.Equals(_value, other._value, StringComparison.InvariantCultureIgnoreCase);

#if SDK_OLD
        // OLD (AutoRest) hides the object overrides from IntelliSense.
        [EditorBrowsable(EditorBrowsableState.Never)]
#endif
        public override bool Equals(object obj) => obj is DisablePeeringRoute other && Equals(other);

#if SDK_OLD
        [EditorBrowsable(EditorBrowsableState.Never)]
#endif
        public override int GetHashCode() => _value != null ? StringComparer.InvariantCultureIgnoreCase.GetHashCode(_value) : 0;

        public override string ToString() => _value;
    }
}
