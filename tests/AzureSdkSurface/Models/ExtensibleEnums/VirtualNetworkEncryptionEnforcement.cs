using System;
using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Azure.ResourceManager.Network.Models
{
    [StructLayout(LayoutKind.Sequential)]
    public readonly partial struct VirtualNetworkEncryptionEnforcement : IEquatable<VirtualNetworkEncryptionEnforcement>
    {
        private readonly string _value;

        public VirtualNetworkEncryptionEnforcement(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static VirtualNetworkEncryptionEnforcement AllowUnencrypted { get; } = new VirtualNetworkEncryptionEnforcement("AllowUnencrypted");
        public static VirtualNetworkEncryptionEnforcement DropUnencrypted { get; } = new VirtualNetworkEncryptionEnforcement("DropUnencrypted");

        public static bool operator ==(VirtualNetworkEncryptionEnforcement left, VirtualNetworkEncryptionEnforcement right) => left.Equals(right);

        public static bool operator !=(VirtualNetworkEncryptionEnforcement left, VirtualNetworkEncryptionEnforcement right) => !left.Equals(right);

        public static implicit operator VirtualNetworkEncryptionEnforcement(string value) => new VirtualNetworkEncryptionEnforcement(value);
#if SDK_MAIN

        // MAIN (TypeSpec) also converts a string straight to the nullable form.
        public static implicit operator VirtualNetworkEncryptionEnforcement?(string value) => value == null ? default(VirtualNetworkEncryptionEnforcement?) : new VirtualNetworkEncryptionEnforcement(value);
#endif

        public bool Equals(VirtualNetworkEncryptionEnforcement other) => string.Equals(_value, other._value, StringComparison.InvariantCultureIgnoreCase);

#if SDK_OLD
        // OLD (AutoRest) hides the object overrides from IntelliSense.
        [EditorBrowsable(EditorBrowsableState.Never)]
#endif
        public override bool Equals(object obj) => obj is VirtualNetworkEncryptionEnforcement other && Equals(other);

#if SDK_OLD
        [EditorBrowsable(EditorBrowsableState.Never)]
#endif
        public override int GetHashCode() => _value != null ? StringComparer.InvariantCultureIgnoreCase.GetHashCode(_value) : 0;

        public override string ToString() => _value;
    }
}
