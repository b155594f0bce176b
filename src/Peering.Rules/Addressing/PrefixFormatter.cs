using System.Globalization;
using System.Text;

namespace Peering.Rules.Addressing
{
    /// <summary>Canonical text of a prefix: dotted quad for IPv4, RFC 5952 for IPv6.</summary>
    internal static class PrefixFormatter
    {
        internal static string Format(IpFamily family, int length, ulong hi, ulong lo)
        {
            var builder = new StringBuilder(44);
            if (family == IpFamily.IPv4)
            {
                AppendDottedQuad(builder, (uint)(hi >> 32));
            }
            else
            {
                AppendV6(builder, hi, lo);
            }

            return builder.Append('/').Append(length.ToString(CultureInfo.InvariantCulture)).ToString();
        }

        private static void AppendDottedQuad(StringBuilder builder, uint value)
        {
            builder.Append((value >> 24).ToString(CultureInfo.InvariantCulture)).Append('.')
                .Append(((value >> 16) & 0xFF).ToString(CultureInfo.InvariantCulture)).Append('.')
                .Append(((value >> 8) & 0xFF).ToString(CultureInfo.InvariantCulture)).Append('.')
                .Append((value & 0xFF).ToString(CultureInfo.InvariantCulture));
        }

        /// <summary>
        /// Lower-case hex without leading zeros; the longest run of two or more zero groups (the first on a tie)
        /// becomes "::". IPv4-mapped addresses (::ffff:0:0/96) keep the dotted quad, as RFC 5952 section 5
        /// recommends, so a suggestion reads like the <c>::ffff:10.0.0.0/120</c> the user wrote.
        /// </summary>
        private static void AppendV6(StringBuilder builder, ulong hi, ulong lo)
        {
            if (hi == 0 && (lo >> 32) == 0xFFFF)
            {
                builder.Append("::ffff:");
                AppendDottedQuad(builder, (uint)lo);
                return;
            }

            int runStart = -1;
            int runLength = 0;
            for (int i = 0; i < 8; i++)
            {
                int end = i;
                while (end < 8 && Group(hi, lo, end) == 0)
                {
                    end++;
                }

                if (end - i > runLength && end - i >= 2)
                {
                    runStart = i;
                    runLength = end - i;
                }

                i = end > i ? end - 1 : i;
            }

            for (int i = 0; i < 8; i++)
            {
                if (i == runStart)
                {
                    builder.Append("::");
                    i += runLength - 1;
                    continue;
                }

                if (i > 0 && i != runStart + runLength)
                {
                    builder.Append(':');
                }

                builder.Append(Group(hi, lo, i).ToString("x", CultureInfo.InvariantCulture));
            }
        }

        private static int Group(ulong hi, ulong lo, int index) =>
            (int)(((index < 4 ? hi : lo) >> (48 - (16 * (index & 3)))) & 0xFFFF);
    }
}
