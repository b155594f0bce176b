using System;
using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Azure.ResourceManager.Network.Models
{
    [StructLayout(LayoutKind.Sequential)]
    public readonly partial struct VirtualNetworkGatewaySkuTier : IEquatable<VirtualNetworkGatewaySkuTier>
    {
        private readonly string _value;

        public VirtualNetworkGatewaySkuTier(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static VirtualNetworkGatewaySkuTier Basic { get; } = new VirtualNetworkGatewaySkuTier("Basic");
        public static VirtualNetworkGatewaySkuTier ErGw1AZ { get; } = new VirtualNetworkGatewaySkuTier("ErGw1AZ");
        public static VirtualNetworkGatewaySkuTier ErGw2AZ { get; } = new VirtualNetworkGatewaySkuTier("ErGw2AZ");
        public static VirtualNetworkGatewaySkuTier ErGw3AZ { get; } = new VirtualNetworkGatewaySkuTier("ErGw3AZ");
        public static VirtualNetworkGatewaySkuTier ErGwScale { get; } = new VirtualNetworkGatewaySkuTier("ErGwScale");
        public static VirtualNetworkGatewaySkuTier HighPerformance { get; } = new VirtualNetworkGatewaySkuTier("HighPerformance");
        public static VirtualNetworkGatewaySkuTier Standard { get; } = new VirtualNetworkGatewaySkuTier("Standard");
        public static VirtualNetworkGatewaySkuTier UltraPerformance { get; } = new VirtualNetworkGatewaySkuTier("UltraPerformance");
        public static VirtualNetworkGatewaySkuTier VpnGw1 { get; } = new VirtualNetworkGatewaySkuTier("VpnGw1");
        public static VirtualNetworkGatewaySkuTier VpnGw1AZ { get; } = new VirtualNetworkGatewaySkuTier("VpnGw1AZ");
        public static VirtualNetworkGatewaySkuTier VpnGw2 { get; } = new VirtualNetworkGatewaySkuTier("VpnGw2");
        public static VirtualNetworkGatewaySkuTier VpnGw2AZ { get; } = new VirtualNetworkGatewaySkuTier("VpnGw2AZ");
        public static VirtualNetworkGatewaySkuTier VpnGw3 { get; } = new VirtualNetworkGatewaySkuTier("VpnGw3");
        public static VirtualNetworkGatewaySkuTier VpnGw3AZ { get; } = new VirtualNetworkGatewaySkuTier("VpnGw3AZ");
        public static VirtualNetworkGatewaySkuTier VpnGw4 { get; } = new VirtualNetworkGatewaySkuTier("VpnGw4");
        public static VirtualNetworkGatewaySkuTier VpnGw4AZ { get; } = new VirtualNetworkGatewaySkuTier("VpnGw4AZ");
        public static VirtualNetworkGatewaySkuTier VpnGw5 { get; } = new VirtualNetworkGatewaySkuTier("VpnGw5");
        public static VirtualNetworkGatewaySkuTier VpnGw5AZ { get; } = new VirtualNetworkGatewaySkuTier("VpnGw5AZ");

        public static bool operator ==(VirtualNetworkGatewaySkuTier left, VirtualNetworkGatewaySkuTier right) => left.Equals(right);

        public static bool operator !=(VirtualNetworkGatewaySkuTier left, VirtualNetworkGatewaySkuTier right) => !left.Equals(right);

        public static implicit operator VirtualNetworkGatewaySkuTier(string value) => new VirtualNetworkGatewaySkuTier(value);
#if SDK_MAIN

        // MAIN (TypeSpec) also converts a string straight to the nullable form.
        public static implicit operator VirtualNetworkGatewaySkuTier?(string value) => value == null ? default(VirtualNetworkGatewaySkuTier?) : new VirtualNetworkGatewaySkuTier(value);
#endif

        public bool Equals(VirtualNetworkGatewaySkuTier other) => string.Equals(_value, other._value, StringComparison.InvariantCultureIgnoreCase);

#if SDK_OLD
        // OLD (AutoRest) hides the object overrides from IntelliSense.
        [EditorBrowsable(EditorBrowsableState.Never)]
#endif
        public override bool Equals(object obj) => obj is VirtualNetworkGatewaySkuTier other && Equals(other);

#if SDK_OLD
        [EditorBrowsable(EditorBrowsableState.Never)]
#endif
        public override int GetHashCode() => _value != null ? StringComparer.InvariantCultureIgnoreCase.GetHashCode(_value) : 0;

        public override string ToString() => _value;
    }
}
