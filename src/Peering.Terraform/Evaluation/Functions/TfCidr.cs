using System;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Peering.Terraform.Evaluation.Functions
{
    /// <summary>
    /// A prefix as Terraform's CIDR functions read it (internal/ipaddr, a fork of Go 1.16's parser): host bits are
    /// masked (<c>10.1.2.3/16</c> acts as <c>10.1.0.0/16</c>) and IPv4 octets with leading zeros are decimal.
    /// </summary>
    internal readonly record struct TfCidr(UInt128 Address, int Length, bool IsV6)
    {
        public int Bits => IsV6 ? 128 : 32;

        private UInt128 All => IsV6 ? UInt128.MaxValue : uint.MaxValue;

        public static TfCidr Parse(string text)
        {
            var slash = text.IndexOf('/');
            if (slash < 0 || !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                throw new TfEvaluationException("'" + text + "' is not a CIDR prefix");
            }

            var address = text.Substring(0, slash);
            var parsed = address.Contains(':') ? ParseV6(address) : ParseV4(address);
            var cidr = new TfCidr(parsed.Address, length, parsed.IsV6);
            if (length > cidr.Bits)
            {
                throw new TfEvaluationException("'" + text + "' has a prefix length beyond its address family");
            }

            return cidr with { Address = parsed.Address & cidr.Mask(length) };
        }

        /// <summary>The network mask of a prefix of <paramref name="length"/> bits in this family.</summary>
        public UInt128 Mask(int length) => length == 0 ? UInt128.Zero : All & ~((UInt128.One << (Bits - length)) - 1);

        public UInt128 HostMask(int length) => All & ~Mask(length);

        public bool Contains(UInt128 address) => (address & Mask(Length)) == Address;

        public override string ToString() => FormatAddress(Address) + "/" + Length.ToString(CultureInfo.InvariantCulture);

        public string FormatAddress(UInt128 address)
        {
            if (!IsV6)
            {
                var v = (uint)address;
                return string.Join(".", v >> 24, (v >> 16) & 255, (v >> 8) & 255, v & 255);
            }

            var bytes = new byte[16];
            for (var i = 15; i >= 0; i--)
            {
                bytes[i] = (byte)(address & 255);
                address >>= 8;
            }

            return new IPAddress(bytes).ToString();
        }

        private static (UInt128 Address, bool IsV6) ParseV4(string text)
        {
            var octets = text.Split('.');
            if (octets.Length != 4)
            {
                throw new TfEvaluationException("'" + text + "' is not an IPv4 address");
            }

            uint value = 0;
            foreach (var octet in octets)
            {
                if (octet.Length == 0 || octet.Length > 3 || !uint.TryParse(octet, NumberStyles.None, CultureInfo.InvariantCulture, out var part) || part > 255)
                {
                    throw new TfEvaluationException("'" + text + "' is not an IPv4 address");
                }

                value = (value << 8) | part;
            }

            return (value, false);
        }

        private static (UInt128 Address, bool IsV6) ParseV6(string text)
        {
            if (!IPAddress.TryParse(text, out var address) || address.AddressFamily != AddressFamily.InterNetworkV6 || text.Contains('%'))
            {
                throw new TfEvaluationException("'" + text + "' is not an IPv6 address");
            }

            UInt128 value = 0;
            foreach (var b in address.GetAddressBytes())
            {
                value = (value << 8) | b;
            }

            return (value, true);
        }
    }
}
