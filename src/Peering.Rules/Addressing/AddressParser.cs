namespace Peering.Rules.Addressing
{
    /// <summary>
    /// Strict parsing of address text into 128 bits (hi, lo), left-aligned so that IPv4 and IPv6 share the
    /// prefix arithmetic: an IPv4 address occupies the top 32 bits of <c>hi</c>.
    /// System.Net.IPAddress is not used because it accepts forms that Azure rejects ("10.1", "0x0a.0.0.1",
    /// zone ids, brackets), and reading them loosely would hide real errors.
    /// </summary>
    internal static class AddressParser
    {
        /// <summary>Parses <c>text[start..end)</c>; a ':' anywhere makes it IPv6.</summary>
        internal static bool TryParse(string text, int start, int end, out IpFamily family, out ulong hi, out ulong lo)
        {
            lo = 0;
            if (start < end && text.IndexOf(':', start, end - start) >= 0)
            {
                family = IpFamily.IPv6;
                return TryParseV6(text, start, end, out hi, out lo);
            }

            family = IpFamily.IPv4;
            bool ok = TryParseV4(text, start, end, out uint v4);
            hi = (ulong)v4 << 32;
            return ok;
        }

        /// <summary>
        /// Dotted quad only: four decimal parts of 0-255. No short forms ("10.1"), no hex, no leading zeros:
        /// inet_aton reads "010" as octal 8, so Azure refuses such parts rather than guess, and so do we.
        /// </summary>
        private static bool TryParseV4(string text, int start, int end, out uint value)
        {
            value = 0;
            int parts = 0;
            int pos = start;
            while (true)
            {
                int first = pos;
                int part = 0;
                while (pos < end && pos - first < 4 && IsDigit(text[pos]))
                {
                    part = (part * 10) + (text[pos] - '0');
                    pos++;
                }

                int digits = pos - first;
                if (digits == 0 || digits > 3 || part > 255 || (digits > 1 && text[first] == '0'))
                {
                    return false;
                }

                value = (value << 8) | (uint)part;
                parts++;
                if (pos == end)
                {
                    return parts == 4;
                }

                if (parts == 4 || text[pos] != '.')
                {
                    return false;
                }

                pos++;
            }
        }

        /// <summary>
        /// The RFC 4291 section 2.2 text forms: eight groups of 1-4 hex digits, at most one "::" standing for one or
        /// more zero groups, and an optional dotted quad as the last 32 bits. No zone id ('%'), no brackets.
        /// </summary>
        private static bool TryParseV6(string text, int start, int end, out ulong hi, out ulong lo)
        {
            hi = 0;
            lo = 0;
            var groups = new GroupAccumulator();
            int pos = start;
            if (end - start >= 2 && text[start] == ':' && text[start + 1] == ':')
            {
                groups.Compress();
                pos += 2;
            }

            while (pos < end)
            {
                int first = pos;
                int value = 0;
                while (pos < end && pos - first < 5 && TryHex(text[pos], out int digit))
                {
                    value = (value << 4) | digit;
                    pos++;
                }

                if (pos < end && text[pos] == '.')
                {
                    // An embedded IPv4 address ends the text and fills the last two groups; TryFinish checks the count.
                    if (!TryParseV4(text, first, end, out uint v4))
                    {
                        return false;
                    }

                    groups.Add((int)(v4 >> 16));
                    groups.Add((int)(v4 & 0xFFFF));
                    break;
                }

                // A ninth group can never be valid: stop here rather than read the rest of a long input.
                int digits = pos - first;
                if (digits == 0 || digits > 4 || groups.Count == 8)
                {
                    return false;
                }

                groups.Add(value);
                if (pos == end)
                {
                    break;
                }

                if (text[pos] != ':')
                {
                    return false;
                }

                pos++;
                if (pos < end && text[pos] == ':')
                {
                    if (groups.Compressed)
                    {
                        return false;
                    }

                    groups.Compress();
                    pos++;
                }
                else if (pos == end)
                {
                    // A single trailing colon.
                    return false;
                }
            }

            return groups.TryFinish(out hi, out lo);
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static bool TryHex(char c, out int digit)
        {
            if (c >= '0' && c <= '9')
            {
                digit = c - '0';
            }
            else if (c >= 'a' && c <= 'f')
            {
                digit = c - 'a' + 10;
            }
            else if (c >= 'A' && c <= 'F')
            {
                digit = c - 'A' + 10;
            }
            else
            {
                digit = 0;
                return false;
            }

            return true;
        }

        /// <summary>
        /// Collects 16-bit groups without an array: the groups before "::" and those after it are each shifted
        /// into a 128-bit value; at the end the head moves left past the gap and the tail stays right-aligned.
        /// </summary>
        private struct GroupAccumulator
        {
            private ulong headHi;
            private ulong headLo;
            private ulong tailHi;
            private ulong tailLo;
            private int headCount;

            internal int Count { get; private set; }

            internal bool Compressed { get; private set; }

            internal void Compress() => Compressed = true;

            internal void Add(int group)
            {
                if (Compressed)
                {
                    ShiftIn(ref tailHi, ref tailLo, group);
                }
                else
                {
                    ShiftIn(ref headHi, ref headLo, group);
                    headCount++;
                }

                Count++;
            }

            /// <summary>Without "::" there must be eight groups; with it, at most seven (it stands for at least one).</summary>
            internal bool TryFinish(out ulong hi, out ulong lo)
            {
                for (int i = headCount; i < 8; i++)
                {
                    ShiftIn(ref headHi, ref headLo, 0);
                }

                hi = headHi | tailHi;
                lo = headLo | tailLo;
                return Compressed ? Count <= 7 : Count == 8;
            }

            private static void ShiftIn(ref ulong hi, ref ulong lo, int group)
            {
                hi = (hi << 16) | (lo >> 48);
                lo = (lo << 16) | (uint)group;
            }
        }
    }
}
