using System;
using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Azure.ResourceManager.Network.Models
{
    [StructLayout(LayoutKind.Sequential)]
    public readonly partial struct SyncRemoteAddressSpace : IEquatable<SyncRemoteAddressSpace>
    {
        private readonly string _value;

        public SyncRemoteAddressSpace(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static SyncRemoteAddressSpace True { get; } = new SyncRemoteAddressSpace("true");

        public static bool operator ==(SyncRemoteAddressSpace left, SyncRemoteAddressSpace right) => left.Equals(right);

        public static bool operator !=(SyncRemoteAddressSpace left, SyncRemoteAddressSpace right) => !left.Equals(right);

        public static implicit operator SyncRemoteAddressSpace(string value) => new SyncRemoteAddressSpace(value);
#if SDK_MAIN

        // MAIN (TypeSpec) also converts a string straight to the nullable form.
        public static implicit operator SyncRemoteAddressSpace?(string value) => value == null ? default(SyncRemoteAddressSpace?) : new SyncRemoteAddressSpace(value);
#endif

        public bool Equals(SyncRemoteAddressSpace other) => string.Equals(_value, other._value, StringComparison.InvariantCultureIgnoreCase);

#if SDK_OLD
        // OLD (AutoRest) hides the object overrides from IntelliSense.
        [EditorBrowsable(EditorBrowsableState.Never)]
#endif
        public override bool Equals(object obj) => obj is SyncRemoteAddressSpace other && Equals(other);

#if SDK_OLD
        [EditorBrowsable(EditorBrowsableState.Never)]
#endif
        public override int GetHashCode() => _value != null ? StringComparer.InvariantCultureIgnoreCase.GetHashCode(_value) : 0;

        public override string ToString() => _value;
    }
}
