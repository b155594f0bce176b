using System;
using System.Globalization;
using Peering.Rules.Text;

namespace Peering.Rules.Addressing
{
    /// <summary>
    /// An immutable IPv4 or IPv6 CIDR prefix, always normalised to its network (host bits clear).
    /// The address is held in two ulongs, left-aligned in 128 bits for both families, so one piece of mask
    /// arithmetic serves both and nothing is allocated when prefixes are compared.
    /// </summary>
    public sealed class IpPrefix : IEquatable<IpPrefix>
    {
        /// <summary>Lengths are read exactly up to this value; anything longer is out of range for both families.</summary>
        private const int MaxReadLength = 999;

        private readonly ulong hi;
        private readonly ulong lo;
        private string? text;

        private IpPrefix(IpFamily family, int length, ulong hi, ulong lo)
        {
            Family = family;
            Length = length;
            this.hi = hi;
            this.lo = lo;
        }

        public IpFamily Family { get; }

        public int Length { get; }

        /// <summary>The canonical text, e.g. <c>10.0.0.0/16</c> or <c>2001:db8::/32</c>.</summary>
        public string Text => text ??= PrefixFormatter.Format(Family, Length, hi, lo);

        /// <summary>The network address: 4 bytes for IPv4, 16 for IPv6, most significant first. A fresh copy.</summary>
        internal byte[] NetworkAddressBytes
        {
            get
            {
                var bytes = new byte[Family == IpFamily.IPv4 ? 4 : 16];
                for (int i = 0; i < bytes.Length; i++)
                {
                    bytes[i] = (byte)((i < 8 ? hi : lo) >> (56 - (8 * (i & 7))));
                }

                return bytes;
            }
        }

        /// <summary>
        /// Parses CIDR text. Surrounding whitespace is ignored. Never throws. The length is decimal digits only;
        /// leading zeros in it ("/016") are tolerated because, unlike in the address, they cannot be read as
        /// octal, and a false PEER204 would cost users more than a lenient read.
        /// </summary>
        public static PrefixParseResult Parse(string? text)
        {
            if (text == null)
            {
                return PrefixParseResult.Empty();
            }

            int start = 0;
            int end = text.Length;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (start == end)
            {
                return PrefixParseResult.Empty();
            }

            int slash = text.IndexOf('/', start, end - start);
            if (slash < 0
                || text.IndexOf('/', slash + 1, end - slash - 1) >= 0
                || !AddressParser.TryParse(text, start, slash, out IpFamily family, out ulong hi, out ulong lo)
                || !TryParseLength(text, slash + 1, end, out int length))
            {
                return PrefixParseResult.NotCidr(text.Substring(start, end - start));
            }

            int maxLength = family == IpFamily.IPv4 ? 32 : 128;
            if (length > maxLength)
            {
                string shown = length <= MaxReadLength
                    ? length.ToString(CultureInfo.InvariantCulture)
                    : DisplayText.Escape(text.Substring(slash + 1, end - slash - 1));
                return PrefixParseResult.LengthOutOfRange(family, shown);
            }

            Mask(length, out ulong maskHi, out ulong maskLo);
            var prefix = new IpPrefix(family, length, hi & maskHi, lo & maskLo);
            return (hi & ~maskHi) != 0 || (lo & ~maskLo) != 0
                ? PrefixParseResult.HostBits(prefix)
                : PrefixParseResult.Valid(prefix);
        }

        /// <summary>True when the two prefixes share at least one address; always false across families.</summary>
        public bool Overlaps(IpPrefix other)
        {
            if (other is null)
            {
                throw new ArgumentNullException(nameof(other));
            }

            return Family == other.Family && SameTopBits(other.hi, other.lo, Math.Min(Length, other.Length));
        }

        /// <summary>True when every address of <paramref name="other"/> is in this prefix (a prefix contains itself).</summary>
        public bool Contains(IpPrefix other)
        {
            if (other is null)
            {
                throw new ArgumentNullException(nameof(other));
            }

            return Family == other.Family && Length <= other.Length && SameTopBits(other.hi, other.lo, Length);
        }

        /// <summary>
        /// True when the address text (no length, same strict rules as <see cref="Parse"/>) lies in this prefix,
        /// e.g. a route's next-hop address. False for unreadable text or another family.
        /// </summary>
        public bool ContainsAddress(string? address)
        {
            if (address == null)
            {
                return false;
            }

            string trimmed = address.Trim();
            return AddressParser.TryParse(trimmed, 0, trimmed.Length, out IpFamily family, out ulong addressHi, out ulong addressLo)
                && family == Family
                && SameTopBits(addressHi, addressLo, Length);
        }

        /// <summary>
        /// Orders prefixes by family, then network address, then length (shorter first). CIDR prefixes are nested or
        /// disjoint, so in this order a prefix comes right after every prefix that contains it: one sweep with a stack
        /// finds all overlaps without comparing every prefix with every other.
        /// </summary>
        internal static int CompareByStart(IpPrefix x, IpPrefix y)
        {
            var byFamily = x.Family.CompareTo(y.Family);
            if (byFamily != 0)
            {
                return byFamily;
            }

            var byHi = x.hi.CompareTo(y.hi);
            if (byHi != 0)
            {
                return byHi;
            }

            var byLo = x.lo.CompareTo(y.lo);
            return byLo != 0 ? byLo : x.Length.CompareTo(y.Length);
        }

        public bool Equals(IpPrefix? other) =>
            other is not null && Family == other.Family && Length == other.Length && hi == other.hi && lo == other.lo;

        public override bool Equals(object? obj) => Equals(obj as IpPrefix);

        public override int GetHashCode()
        {
            unchecked
            {
                return ((hi ^ (lo * 31)).GetHashCode() * 397) ^ (Length << 1) ^ (int)Family;
            }
        }

        public override string ToString() => Text;

        private static bool TryParseLength(string text, int start, int end, out int length)
        {
            length = 0;
            if (start == end)
            {
                return false;
            }

            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                // Saturate instead of overflowing on absurd lengths.
                length = length > MaxReadLength ? length : (length * 10) + (c - '0');
            }

            return true;
        }

        private bool SameTopBits(ulong otherHi, ulong otherLo, int bits)
        {
            Mask(bits, out ulong maskHi, out ulong maskLo);
            return ((hi ^ otherHi) & maskHi) == 0 && ((lo ^ otherLo) & maskLo) == 0;
        }

        /// <summary>The top <paramref name="bits"/> of 128 set. Written out because a C# shift by 64 is a shift by 0.</summary>
        private static void Mask(int bits, out ulong maskHi, out ulong maskLo)
        {
            if (bits <= 0)
            {
                maskHi = 0;
                maskLo = 0;
            }
            else if (bits <= 64)
            {
                maskHi = ulong.MaxValue << (64 - bits);
                maskLo = 0;
            }
            else
            {
                maskHi = ulong.MaxValue;
                maskLo = ulong.MaxValue << (128 - bits);
            }
        }
    }
}
