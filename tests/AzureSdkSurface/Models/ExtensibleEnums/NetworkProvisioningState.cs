using System;
using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Azure.ResourceManager.Network.Models
{
    [StructLayout(LayoutKind.Sequential)]
    public readonly partial struct NetworkProvisioningState : IEquatable<NetworkProvisioningState>
    {
        private readonly string _value;

        public NetworkProvisioningState(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static NetworkProvisioningState Canceled { get; } = new NetworkProvisioningState("Canceled");
        public static NetworkProvisioningState Creating { get; } = new NetworkProvisioningState("Creating");
        public static NetworkProvisioningState Deleting { get; } = new NetworkProvisioningState("Deleting");
        public static NetworkProvisioningState Failed { get; } = new NetworkProvisioningState("Failed");
        public static NetworkProvisioningState Succeeded { get; } = new NetworkProvisioningState("Succeeded");
        public static NetworkProvisioningState Updating { get; } = new NetworkProvisioningState("Updating");

        public static bool operator ==(NetworkProvisioningState left, NetworkProvisioningState right) => left.Equals(right);

        public static bool operator !=(NetworkProvisioningState left, NetworkProvisioningState right) => !left.Equals(right);

        public static implicit operator NetworkProvisioningState(string value) => new NetworkProvisioningState(value);
#if SDK_MAIN

        // MAIN (TypeSpec) also converts a string straight to the nullable form.
        public static implicit operator NetworkProvisioningState?(string value) => value == null ? default(NetworkProvisioningState?) : new NetworkProvisioningState(value);
#endif

        public bool Equals(NetworkProvisioningState other) => string.Equals(_value, other._value, StringComparison.InvariantCultureIgnoreCase);

#if SDK_OLD
        // OLD (AutoRest) hides the object overrides from IntelliSense.
        [EditorBrowsable(EditorBrowsableState.Never)]
#endif
        public override bool Equals(object obj) => obj is NetworkProvisioningState other && Equals(other);

#if SDK_OLD
        [EditorBrowsable(EditorBrowsableState.Never)]
#endif
        public override int GetHashCode() => _value != null ? StringComparer.InvariantCultureIgnoreCase.GetHashCode(_value) : 0;

        public override string ToString() => _value;
    }
}
