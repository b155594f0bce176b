using System;
using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Azure.ResourceManager.Network.Models
{
    [StructLayout(LayoutKind.Sequential)]
    public readonly partial struct NetworkIPAllocationMethod : IEquatable<NetworkIPAllocationMethod>
    {
        private readonly string _value;

        public NetworkIPAllocationMethod(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static NetworkIPAllocationMethod Dynamic { get; } = new NetworkIPAllocationMethod("Dynamic");
        public static NetworkIPAllocationMethod Static { get; } = new NetworkIPAllocationMethod("Static");

        public static bool operator ==(NetworkIPAllocationMethod left, NetworkIPAllocationMethod right) => left.Equals(right);

        public static bool operator !=(NetworkIPAllocationMethod left, NetworkIPAllocationMethod right) => !left.Equals(right);

        public static implicit operator NetworkIPAllocationMethod(string value) => new NetworkIPAllocationMethod(value);
#if SDK_MAIN

        // MAIN (TypeSpec) also converts a string straight to the nullable form.
        public static implicit operator NetworkIPAllocationMethod?(string value) => value == null ? default(NetworkIPAllocationMethod?) : new NetworkIPAllocationMethod(value);
#endif

        public bool Equals(NetworkIPAllocationMethod other) => string.Equals(_value, other._value, StringComparison.InvariantCultureIgnoreCase);

#if SDK_OLD
        // OLD (AutoRest) hides the object overrides from IntelliSense.
        [EditorBrowsable(EditorBrowsableState.Never)]
#endif
        public override bool Equals(object obj) => obj is NetworkIPAllocationMethod other && Equals(other);

#if SDK_OLD
        [EditorBrowsable(EditorBrowsableState.Never)]
#endif
        public override int GetHashCode() => _value != null ? StringComparer.InvariantCultureIgnoreCase.GetHashCode(_value) : 0;

        public override string ToString() => _value;
    }
}
