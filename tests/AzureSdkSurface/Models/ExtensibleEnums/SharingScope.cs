using System;
using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Azure.ResourceManager.Network.Models
{
    [StructLayout(LayoutKind.Sequential)]
    public readonly partial struct SharingScope : IEquatable<SharingScope>
    {
        private readonly string _value;

        public SharingScope(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static SharingScope DelegatedServices { get; } = new SharingScope("DelegatedServices");
        public static SharingScope Tenant { get; } = new SharingScope("Tenant");

        public static bool operator ==(SharingScope left, SharingScope right) => left.Equals(right);

        public static bool operator !=(SharingScope left, SharingScope right) => !left.Equals(right);

        public static implicit operator SharingScope(string value) => new SharingScope(value);
#if SDK_MAIN

        // MAIN (TypeSpec) also converts a string straight to the nullable form.
        public static implicit operator SharingScope?(string value) => value == null ? default(SharingScope?) : new SharingScope(value);
#endif

        public bool Equals(SharingScope other) => string.Equals(_value, other._value, StringComparison.InvariantCultureIgnoreCase);

#if SDK_OLD
        // OLD (AutoRest) hides the object overrides from IntelliSense.
        [EditorBrowsable(EditorBrowsableState.Never)]
#endif
        public override bool Equals(object obj) => obj is SharingScope other && Equals(other);

#if SDK_OLD
        [EditorBrowsable(EditorBrowsableState.Never)]
#endif
        public override int GetHashCode() => _value != null ? StringComparer.InvariantCultureIgnoreCase.GetHashCode(_value) : 0;

        public override string ToString() => _value;
    }
}
