using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Peering.Templates.Expressions
{
    /// <summary>
    /// <c>parseCidr</c>, <c>cidrSubnet</c> and <c>cidrHost</c> for IPv4 and IPv6, as ARM documents them
    /// (learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-cidr): host indexes count from the
    /// address after the network address; an IPv4 range has a broadcast address and its last usable address is the one
    /// before it; an IPv6 range has no broadcast and its first usable address is the network address itself. What the
    /// documentation leaves open is unknown rather than guessed: a network written with host bits set, the IPv4 /31 and
    /// /32 ranges that have no usable hosts in ARM's sense, and indexes beyond the range.
    /// </summary>
    internal static class CidrFunctions
    {
        private static readonly Regex Ipv4 = new Regex(@"^(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})$", RegexOptions.CultureInvariant);

        public static ArmValue ParseCidr(IReadOnlyList<ArmValue> arguments)
        {
            if (arguments.Count != 1 || !(Parse(arguments[0]) is Range range))
            {
                return ArmUnknown.Instance;
            }

            var properties = new List<KeyValuePair<string, ArmValue>>
            {
                Property("network", range.Format(range.Network)),
                Property("netmask", range.Format(range.Mask)),
            };
            if (range.IsIpv4)
            {
                if (range.PrefixLength > 30)
                {
                    return ArmUnknown.Instance;
                }

                properties.Add(Property("broadcast", range.Format(range.Last)));
                properties.Add(Property("firstUsable", range.Format(range.Network + 1)));
                properties.Add(Property("lastUsable", range.Format(range.Last - 1)));
            }
            else
            {
                properties.Add(Property("firstUsable", range.Format(range.Network)));
                properties.Add(Property("lastUsable", range.Format(range.Last)));
            }

            properties.Add(new KeyValuePair<string, ArmValue>("cidr", new ArmNumber(range.PrefixLength)));
            return new ArmObject(properties);
        }

        /// <summary><c>cidrSubnet(network, newCIDR, subnetIndex)</c>: the subnetIndex-th range of the new length inside the network.</summary>
        public static ArmValue CidrSubnet(IReadOnlyList<ArmValue> arguments)
        {
            if (arguments.Count != 3 || !(Parse(arguments[0]) is Range range) || !(arguments[1] is ArmNumber newLength) || !(arguments[2] is ArmNumber index)
                || newLength.Value < range.PrefixLength || newLength.Value > range.Width || index.Value < 0 || !Fits(index.Value, (int)newLength.Value - range.PrefixLength))
            {
                return ArmUnknown.Instance;
            }

            var subnet = range.Network + ((UInt128)(ulong)index.Value << (range.Width - (int)newLength.Value));
            return new ArmString(range.Format(subnet) + "/" + newLength.Value.ToString(CultureInfo.InvariantCulture));
        }

        /// <summary><c>cidrHost(network, hostIndex)</c>: index 0 is the address after the network address.</summary>
        public static ArmValue CidrHost(IReadOnlyList<ArmValue> arguments)
        {
            if (arguments.Count != 2 || !(Parse(arguments[0]) is Range range) || !(arguments[1] is ArmNumber index) || index.Value < 0
                || (range.IsIpv4 && range.PrefixLength > 30) || !Fits(index.Value, range.Width - range.PrefixLength))
            {
                return ArmUnknown.Instance;
            }

            var host = range.Network + 1 + (ulong)index.Value;
            var lastUsable = range.IsIpv4 ? range.Last - 1 : range.Last;
            return host <= lastUsable ? new ArmString(range.Format(host)) : ArmUnknown.Instance;
        }

        private static KeyValuePair<string, ArmValue> Property(string name, string value) => new KeyValuePair<string, ArmValue>(name, new ArmString(value));

        /// <summary>True when <paramref name="value"/> is below 2^<paramref name="bits"/>.</summary>
        private static bool Fits(long value, int bits) => bits >= 63 || value < (1L << bits);

        /// <summary>The range a CIDR string names; null when it is not one, or has host bits set.</summary>
        private static Range? Parse(ArmValue value)
        {
            if (!(value is ArmString text))
            {
                return null;
            }

            var slash = text.Value.IndexOf('/');
            if (slash < 0 || !int.TryParse(text.Value.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var prefixLength))
            {
                return null;
            }

            var address = text.Value.Substring(0, slash);
            var isIpv4 = Ipv4.IsMatch(address);
            if (!isIpv4 && (address.IndexOf(':') < 0 || address.IndexOfAny(new[] { '%', '.' }) >= 0))
            {
                return null;
            }

            if (!IPAddress.TryParse(address, out var parsed) || parsed.AddressFamily != (isIpv4 ? AddressFamily.InterNetwork : AddressFamily.InterNetworkV6))
            {
                return null;
            }

            var width = isIpv4 ? 32 : 128;
            if (prefixLength > width)
            {
                return null;
            }

            var network = UInt128.Zero;
            foreach (var b in parsed.GetAddressBytes())
            {
                network = (network << 8) | b;
            }

            var range = new Range(network, prefixLength, width);
            return (network & ~range.Mask) == 0 ? range : null;
        }

        private sealed class Range
        {
            public Range(UInt128 network, int prefixLength, int width)
            {
                Network = network;
                PrefixLength = prefixLength;
                Width = width;
                var all = width == 128 ? UInt128.MaxValue : (UInt128)uint.MaxValue;
                Mask = prefixLength == 0 ? UInt128.Zero : all & (all << (width - prefixLength));
                Last = network | (all & ~Mask);
            }

            public UInt128 Network { get; }

            public int PrefixLength { get; }

            public int Width { get; }

            public UInt128 Mask { get; }

            /// <summary>The range's last address: the broadcast address of an IPv4 range.</summary>
            public UInt128 Last { get; }

            public bool IsIpv4 => Width == 32;

            /// <summary>An address of this family as ARM writes it; IPv6 in the shortened form (.NET's, which ARM's examples match).</summary>
            public string Format(UInt128 address)
            {
                var bytes = new byte[Width / 8];
                for (var i = bytes.Length - 1; i >= 0; i--)
                {
                    bytes[i] = (byte)(address & 0xFF);
                    address >>= 8;
                }

                return new IPAddress(bytes).ToString();
            }
        }
    }
}
