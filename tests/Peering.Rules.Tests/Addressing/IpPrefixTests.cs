using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text;
using Peering.Rules.Addressing;

namespace Peering.Rules.Tests.Addressing
{
    public class IpPrefixTests
    {
        [Theory]
        [InlineData("10.0.0.0/16", IpFamily.IPv4, 16, "10.0.0.0/16")]
        [InlineData("  10.0.0.0/16\t\r\n", IpFamily.IPv4, 16, "10.0.0.0/16")]
        [InlineData("0.0.0.0/0", IpFamily.IPv4, 0, "0.0.0.0/0")]
        [InlineData("255.255.255.255/32", IpFamily.IPv4, 32, "255.255.255.255/32")]
        [InlineData("192.168.1.0/24", IpFamily.IPv4, 24, "192.168.1.0/24")]
        [InlineData("10.0.0.0/016", IpFamily.IPv4, 16, "10.0.0.0/16")]
        [InlineData("0.0.0.0/00", IpFamily.IPv4, 0, "0.0.0.0/0")]
        [InlineData("::/0", IpFamily.IPv6, 0, "::/0")]
        [InlineData("::/128", IpFamily.IPv6, 128, "::/128")]
        [InlineData("2001:DB8:0:0::/32", IpFamily.IPv6, 32, "2001:db8::/32")]
        [InlineData("2001:0db8:0000:0000:0000:0000:0000:0000/32", IpFamily.IPv6, 32, "2001:db8::/32")]
        [InlineData("FE80::/10", IpFamily.IPv6, 10, "fe80::/10")]
        [InlineData("2001:db8:0:0:1:0:0:1/128", IpFamily.IPv6, 128, "2001:db8::1:0:0:1/128")]
        [InlineData("2001:db8:0:1:1:1:1:1/128", IpFamily.IPv6, 128, "2001:db8:0:1:1:1:1:1/128")]
        [InlineData("1:0:0:2:0:0:0:3/128", IpFamily.IPv6, 128, "1:0:0:2::3/128")]
        [InlineData("1:2:3:4:5:6:7::/128", IpFamily.IPv6, 128, "1:2:3:4:5:6:7:0/128")]
        [InlineData("::1:2:3:4:5:6:7/128", IpFamily.IPv6, 128, "0:1:2:3:4:5:6:7/128")]
        [InlineData("1::/16", IpFamily.IPv6, 16, "1::/16")]
        [InlineData("::1/128", IpFamily.IPv6, 128, "::1/128")]
        [InlineData("2001:db8::/64", IpFamily.IPv6, 64, "2001:db8::/64")]
        [InlineData("FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF/128", IpFamily.IPv6, 128, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128")]
        [InlineData("::ffff:10.0.0.0/120", IpFamily.IPv6, 120, "::ffff:10.0.0.0/120")]
        [InlineData("::FFFF:a00:0/120", IpFamily.IPv6, 120, "::ffff:10.0.0.0/120")]
        [InlineData("0:0:0:0:0:0:1.2.3.4/128", IpFamily.IPv6, 128, "::102:304/128")]
        [InlineData("64:ff9b::192.0.2.0/120", IpFamily.IPv6, 120, "64:ff9b::c000:200/120")]
        [InlineData("1:2:3:4:5:6:1.2.3.4/128", IpFamily.IPv6, 128, "1:2:3:4:5:6:102:304/128")]
        public void Valid_prefixes_parse_and_normalise(string input, IpFamily family, int length, string text)
        {
            var result = IpPrefix.Parse(input);

            Assert.Equal(PrefixProblem.None, result.Problem);
            Assert.NotNull(result.Prefix);
            Assert.Equal(family, result.Prefix!.Family);
            Assert.Equal(length, result.Prefix.Length);
            Assert.Equal(text, result.Prefix.Text);
            Assert.Equal(text, result.Prefix.ToString());
            Assert.Null(result.Suggestion);
            Assert.Equal(result.Prefix, IpPrefix.Parse(text).Prefix);
        }

        [Theory]
        [InlineData("10.0.0")]
        [InlineData("10.0.0.0")]
        [InlineData("10.0.0/8")]
        [InlineData("10.1/16")]
        [InlineData("10/8")]
        [InlineData("10.0.0.0.0/8")]
        [InlineData("010.0.0.0/8")]
        [InlineData("10.00.0.0/16")]
        [InlineData("10.0.0.0001/32")]
        [InlineData("256.0.0.0/8")]
        [InlineData("10.0.0.1000/32")]
        [InlineData("0x0a.0.0.0/8")]
        [InlineData("a.b.c.d/8")]
        [InlineData("10..0.0/8")]
        [InlineData(".10.0.0.0/8")]
        [InlineData("10.0.0.0./8")]
        [InlineData("10.0.0.0/")]
        [InlineData("/8")]
        [InlineData("/")]
        [InlineData("10.0.0.0//8")]
        [InlineData("10.0.0.0/8/8")]
        [InlineData("10.0.0.0/+8")]
        [InlineData("10.0.0.0/-1")]
        [InlineData("10.0.0.0/ 8")]
        [InlineData("10.0.0.0 /8")]
        [InlineData("10.0.0.0/8a")]
        [InlineData("10.0.0.0/0x8")]
        [InlineData("10.0.0.0/8.0")]
        [InlineData("1.2.3.4 5/8")]
        [InlineData("10.0.0.0\u00a0/8")]
        [InlineData("\u0661\u0660.0.0.0/8")]
        [InlineData("10.0.0.0/\u0661\u0666")]
        [InlineData("\uff11\uff10.0.0.0/8")]
        [InlineData(":::/0")]
        [InlineData(":/0")]
        [InlineData("1:::2/64")]
        [InlineData(":1::/64")]
        [InlineData("1::2:/64")]
        [InlineData("1::2::3/64")]
        [InlineData("1:2:3:4:5:6:7/112")]
        [InlineData("1:2:3:4:5:6:7:8:9/128")]
        [InlineData("1:2:3:4:5:6:7:8::/128")]
        [InlineData("::1:2:3:4:5:6:7:8/128")]
        [InlineData("1:2:3::4:5:6:7:8/128")]
        [InlineData("12345::/16")]
        [InlineData("g::/16")]
        [InlineData("2001:db8:/32")]
        [InlineData("fe80::1%eth0/64")]
        [InlineData("fe80::%1/64")]
        [InlineData("[2001:db8::]/32")]
        [InlineData("::ffff:10.0.0/120")]
        [InlineData("::ffff:10.0.0.0.0/120")]
        [InlineData("::ffff:010.0.0.0/120")]
        [InlineData("1:2:3:4:5:6:7:1.2.3.4/128")]
        [InlineData("::1.2.3.4:5/128")]
        [InlineData("1.2.3.4::/128")]
        [InlineData("::1.2.3.4.5/128")]
        public void Malformed_text_is_not_cidr(string input)
        {
            var result = IpPrefix.Parse(input);

            Assert.Equal(PrefixProblem.NotCidr, result.Problem);
            Assert.Null(result.Prefix);
            Assert.Null(result.Suggestion);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("\t\r\n")]
        public void Blank_text_is_empty(string? input)
        {
            var result = IpPrefix.Parse(input);

            Assert.Equal(PrefixProblem.Empty, result.Problem);
            Assert.Null(result.Prefix);
            Assert.Equal("the prefix is empty", result.Describe());
        }

        [Theory]
        [InlineData("10.0.0.0/33", "the prefix length 33 is out of range for IPv4 (0-32)")]
        [InlineData("10.0.0.0/64", "the prefix length 64 is out of range for IPv4 (0-32)")]
        [InlineData("10.0.0.0/128", "the prefix length 128 is out of range for IPv4 (0-32)")]
        [InlineData("10.0.0.0/0064", "the prefix length 64 is out of range for IPv4 (0-32)")]
        [InlineData("::/129", "the prefix length 129 is out of range for IPv6 (0-128)")]
        [InlineData("2001:db8::/999", "the prefix length 999 is out of range for IPv6 (0-128)")]
        [InlineData("2001:db8::/99999999999999999999", "the prefix length 99999999999999999999 is out of range for IPv6 (0-128)")]
        public void Lengths_beyond_the_family_are_out_of_range(string input, string description)
        {
            var result = IpPrefix.Parse(input);

            Assert.Equal(PrefixProblem.LengthOutOfRange, result.Problem);
            Assert.Null(result.Prefix);
            Assert.Null(result.Suggestion);
            Assert.Equal(description, result.Describe());
        }

        [Theory]
        [InlineData("10.0.0.1/16", "10.0.0.0/16")]
        [InlineData("192.168.1.77/24", "192.168.1.0/24")]
        [InlineData("10.0.0.255/31", "10.0.0.254/31")]
        [InlineData("10.0.0.0/0", "0.0.0.0/0")]
        [InlineData("255.255.255.255/1", "128.0.0.0/1")]
        [InlineData("2001:db8::1/32", "2001:db8::/32")]
        [InlineData("2001:DB8:0:0:1::/64", "2001:db8::/64")]
        [InlineData("2001:db8:0:0:8000::/64", "2001:db8::/64")]
        [InlineData("2001:db8:0:0:c000::/65", "2001:db8:0:0:8000::/65")]
        [InlineData("::1/0", "::/0")]
        [InlineData("::1/127", "::/127")]
        [InlineData("::ffff:10.0.0.1/120", "::ffff:10.0.0.0/120")]
        public void Host_bits_are_reported_with_the_network_as_suggestion(string input, string network)
        {
            var result = IpPrefix.Parse(input);

            Assert.Equal(PrefixProblem.HostBitsSet, result.Problem);
            Assert.Equal(network, result.Suggestion);
            Assert.Equal(network, result.Prefix!.Text);
            Assert.Equal("host bits are set; the network is " + network, result.Describe());
            Assert.Equal(PrefixProblem.None, IpPrefix.Parse(network).Problem);
        }

        [Fact]
        public void Describe_names_the_text_that_is_not_cidr()
        {
            Assert.Equal("'10.0.0' is not an IPv4 or IPv6 CIDR prefix", IpPrefix.Parse(" 10.0.0 ").Describe());
            Assert.Equal("'10.0.0.0/16' is a valid prefix", IpPrefix.Parse("10.0.0.0/016").Describe());
        }

        [Fact]
        public void Describe_bounds_and_escapes_hostile_text()
        {
            string huge = "\u202e" + new string('9', 100_000) + "\0/8";

            string description = IpPrefix.Parse(huge).Describe();

            Assert.True(description.Length < 120, description);
            Assert.StartsWith("'\\u202e999", description, StringComparison.Ordinal);
            Assert.DoesNotContain("\u202e", description, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("10.0.0.0/16", "10.1.0.0/16", false)]
        [InlineData("10.0.0.0/8", "10.200.0.0/16", true)]
        [InlineData("10.0.0.0/24", "10.0.1.0/24", false)]
        [InlineData("10.0.0.0/23", "10.0.1.0/24", true)]
        [InlineData("10.0.0.0/32", "10.0.0.0/32", true)]
        [InlineData("10.0.0.0/32", "10.0.0.1/32", false)]
        [InlineData("10.0.0.0/31", "10.0.0.1/32", true)]
        [InlineData("192.168.0.0/16", "192.169.0.0/16", false)]
        [InlineData("0.0.0.0/1", "128.0.0.0/1", false)]
        [InlineData("0.0.0.0/0", "255.255.255.255/32", true)]
        [InlineData("0.0.0.0/0", "0.0.0.0/0", true)]
        [InlineData("255.0.0.0/8", "255.255.255.255/32", true)]
        [InlineData("::/0", "2001:db8::/32", true)]
        [InlineData("::/0", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128", true)]
        [InlineData("2001:db8::/32", "2001:db9::/32", false)]
        [InlineData("2001:db8::/32", "2001:db8:ffff::/48", true)]
        [InlineData("2001:db8::/127", "2001:db8::1/128", true)]
        [InlineData("::/128", "::1/128", false)]
        [InlineData("::1/128", "::1/128", true)]
        [InlineData("2001:db8::/63", "2001:db8:0:1::/64", true)]
        [InlineData("2001:db8::/64", "2001:db8:0:1::/64", false)]
        [InlineData("2001:db8::/64", "2001:db8:0:0:8000::/65", true)]
        [InlineData("2001:db8::/65", "2001:db8:0:0:8000::/65", false)]
        [InlineData("2001:db8::/96", "2001:db8::1:0/112", true)]
        [InlineData("2001:db8::/96", "2001:db8::1:0:0/112", false)]
        [InlineData("0.0.0.0/0", "::/0", false)]
        [InlineData("10.0.0.0/8", "::ffff:10.0.0.0/104", false)]
        [InlineData("10.0.0.0/32", "a00::/32", false)]
        public void Overlap_matrix(string left, string right, bool expected)
        {
            var a = Prefix(left);
            var b = Prefix(right);

            Assert.Equal(expected, a.Overlaps(b));
            Assert.Equal(expected, b.Overlaps(a));
        }

        [Theory]
        [InlineData("10.0.0.0/8", "10.200.0.0/16", true)]
        [InlineData("10.200.0.0/16", "10.0.0.0/8", false)]
        [InlineData("10.0.0.0/16", "10.0.0.0/16", true)]
        [InlineData("10.0.0.0/16", "10.1.0.0/16", false)]
        [InlineData("0.0.0.0/0", "255.255.255.255/32", true)]
        [InlineData("10.0.0.0/31", "10.0.0.1/32", true)]
        [InlineData("10.0.0.1/32", "10.0.0.0/31", false)]
        [InlineData("::/0", "::1/128", true)]
        [InlineData("2001:db8::/32", "2001:db8::/32", true)]
        [InlineData("2001:db8::/127", "2001:db8::1/128", true)]
        [InlineData("2001:db8::/128", "2001:db8::1/128", false)]
        [InlineData("2001:db8::/64", "2001:db8:0:0:ffff::/80", true)]
        [InlineData("2001:db8::/64", "2001:db8:0:1::/80", false)]
        [InlineData("::/0", "0.0.0.0/0", false)]
        [InlineData("0.0.0.0/0", "::/0", false)]
        public void Containment_matrix(string outer, string inner, bool expected)
        {
            Assert.Equal(expected, Prefix(outer).Contains(Prefix(inner)));
        }

        [Fact]
        public void Equality_is_by_family_length_and_network()
        {
            Assert.Equal(Prefix("10.0.0.0/16"), IpPrefix.Parse("10.0.255.1/16").Prefix);
            Assert.Equal(Prefix("10.0.0.0/16").GetHashCode(), IpPrefix.Parse("10.0.255.1/16").Prefix!.GetHashCode());
            Assert.Equal(Prefix("2001:DB8::/32"), Prefix("2001:db8:0::/32"));
            Assert.NotEqual(Prefix("10.0.0.0/16"), Prefix("10.0.0.0/17"));
            Assert.NotEqual(Prefix("0.0.0.0/0"), Prefix("::/0"));
            Assert.False(Prefix("10.0.0.0/8").Equals(null));
            Assert.False(Prefix("10.0.0.0/8").Equals((object)"10.0.0.0/8"));
        }

        [Fact]
        public void Network_address_bytes_are_most_significant_first()
        {
            Assert.Equal(new byte[] { 10, 1, 2, 0 }, Prefix("10.1.2.0/24").NetworkAddressBytes);
            Assert.Equal(
                new byte[] { 0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x12, 0x34 },
                Prefix("2001:db8::1234/128").NetworkAddressBytes);
        }

        [Theory]
        [InlineData("10.0.0.0/16", "10.0.255.255", true)]
        [InlineData("10.0.0.0/16", " 10.0.0.4 ", true)]
        [InlineData("10.0.0.0/16", "10.1.0.0", false)]
        [InlineData("0.0.0.0/0", "1.2.3.4", true)]
        [InlineData("10.0.0.0/16", "::ffff:10.0.0.1", false)]
        [InlineData("10.0.0.0/16", "10.0.0.1/32", false)]
        [InlineData("10.0.0.0/16", "010.0.0.1", false)]
        [InlineData("10.0.0.0/16", "10.0.1", false)]
        [InlineData("10.0.0.0/16", "", false)]
        [InlineData("10.0.0.0/16", null, false)]
        [InlineData("2001:db8::/32", "2001:db8::1", true)]
        [InlineData("2001:db8::/32", "2001:db9::1", false)]
        [InlineData("::/0", "::", true)]
        public void Contains_address(string prefix, string? address, bool expected)
        {
            Assert.Equal(expected, Prefix(prefix).ContainsAddress(address));
        }

        [Fact]
        public void Comparing_with_null_is_an_argument_error()
        {
            Assert.Throws<ArgumentNullException>(() => Prefix("10.0.0.0/8").Overlaps(null!));
            Assert.Throws<ArgumentNullException>(() => Prefix("10.0.0.0/8").Contains(null!));
        }

        /// <summary>
        /// Compares Overlaps and Contains with an independent model (address intervals in BigInteger) over
        /// seeded random prefixes drawn from a narrow space, so that overlaps and near misses are both common.
        /// </summary>
        [Theory]
        [InlineData(IpFamily.IPv4, 1)]
        [InlineData(IpFamily.IPv4, 2)]
        [InlineData(IpFamily.IPv6, 3)]
        [InlineData(IpFamily.IPv6, 4)]
        public void Overlaps_and_contains_agree_with_interval_arithmetic(IpFamily family, int seed)
        {
            var random = new Random(seed);
            int overlapping = 0;
            const int pairs = 3000;
            for (int i = 0; i < pairs; i++)
            {
                var (a, aStart, aEnd) = RandomPrefix(random, family);
                var (b, bStart, bEnd) = RandomPrefix(random, family);
                bool expectedOverlap = aStart <= bEnd && bStart <= aEnd;
                string context = a + " vs " + b;

                Assert.True(expectedOverlap == a.Overlaps(b), context);
                Assert.True(a.Overlaps(b) == b.Overlaps(a), context);
                Assert.True(a.Overlaps(b) == (a.Contains(b) || b.Contains(a)), context);
                Assert.True((aStart <= bStart && bEnd <= aEnd) == a.Contains(b), context);
                Assert.True(a.Equals(b) == (aStart == bStart && aEnd == bEnd), context);
                Assert.Equal(a, IpPrefix.Parse(a.Text).Prefix);
                overlapping += expectedOverlap ? 1 : 0;
            }

            // The generator must exercise both outcomes, or the test proves nothing.
            Assert.InRange(overlapping, pairs / 10, pairs - (pairs / 10));
        }

        [Fact]
        public void Parsing_odd_input_never_throws()
        {
            var inputs = new List<string?>
            {
                null, string.Empty, " ", "/", "//", "1.2.3.4/", "::/", "/0", "%", "%/8", "::%/8", "\0", "10.0.0.0/8\0",
                "10.0.0.0\0/8", "\uD800/8", "\uDC00", "10.0.0.0/\uD800", "\U0001D7CF\U0001D7CE.0.0.0/8",
                "\u0661\u0660.0.0.0/8", "\u202e10.0.0.0/8", "10.0.0.0/2147483648", "10.0.0.0/-2147483648",
                new string('1', 100_000), new string('/', 10_000), new string(':', 10_000) + "/8",
                "::" + new string(':', 10_000), new string('9', 10_000) + "/8", "10.0.0.0/" + new string('9', 10_000),
                Repeat("ffff:", 2_000) + "/8", "1.2.3.4" + Repeat(".5", 2_000) + "/8", Repeat("1::", 1_000) + "/64",
                "::ffff:" + Repeat("1.", 1_000) + "/8", "255.255.255.255.255/32", "ffff::ffff::/8",
            };
            var random = new Random(5);
            const string alphabet = "0123456789abcdefABCDEFxX:./%-+ \t\0\u0661\uff10\uD800\uDC00";
            for (int i = 0; i < 5000; i++)
            {
                var builder = new StringBuilder();
                int length = random.Next(0, 24);
                for (int j = 0; j < length; j++)
                {
                    builder.Append(alphabet[random.Next(alphabet.Length)]);
                }

                inputs.Add(builder.ToString());
            }

            foreach (string? input in inputs)
            {
                var result = IpPrefix.Parse(input);
                Assert.False(string.IsNullOrEmpty(result.Describe()));
                Assert.True(result.Describe().Length < 200);
                Assert.Equal(result.Prefix == null, result.Problem != PrefixProblem.None && result.Problem != PrefixProblem.HostBitsSet);
                if (result.Prefix != null)
                {
                    Assert.Equal(result.Prefix, IpPrefix.Parse(result.Prefix.Text).Prefix);
                }

                Prefix("::/0").ContainsAddress(input);
            }
        }

        private static IpPrefix Prefix(string text)
        {
            var result = IpPrefix.Parse(text);
            Assert.Equal(PrefixProblem.None, result.Problem);
            return result.Prefix!;
        }

        private static string Repeat(string part, int count)
        {
            var builder = new StringBuilder(part.Length * count);
            for (int i = 0; i < count; i++)
            {
                builder.Append(part);
            }

            return builder.ToString();
        }

        /// <summary>
        /// A random prefix built as text (so parsing and normalisation are exercised too), with its first and
        /// last address as integers. Addresses come from few distinct groups so that ranges collide often.
        /// </summary>
        private static (IpPrefix Prefix, BigInteger Start, BigInteger End) RandomPrefix(Random random, IpFamily family)
        {
            int bits = family == IpFamily.IPv4 ? 32 : 128;
            // Biased towards short prefixes, which overlap more often.
            int length = Math.Min(random.Next(0, bits + 1), random.Next(0, bits + 1));
            BigInteger address = BigInteger.Zero;
            string text;
            if (family == IpFamily.IPv4)
            {
                var octets = new int[4];
                for (int i = 0; i < 4; i++)
                {
                    octets[i] = Pick(random, 0, 10, 255, random.Next(256));
                    address = (address << 8) | octets[i];
                }

                text = string.Join(".", octets);
            }
            else
            {
                var groups = new string[8];
                for (int i = 0; i < 8; i++)
                {
                    int group = Pick(random, 0, 0x2001, 0xffff, random.Next(0x10000));
                    address = (address << 16) | group;
                    groups[i] = group.ToString("X", CultureInfo.InvariantCulture);
                }

                text = string.Join(":", groups);
            }

            BigInteger hostMask = (BigInteger.One << (bits - length)) - 1;
            BigInteger start = address & ~hostMask;
            var result = IpPrefix.Parse(text + "/" + length.ToString(CultureInfo.InvariantCulture));
            Assert.True(result.Prefix != null, text + "/" + length);
            Assert.Equal(address == start ? PrefixProblem.None : PrefixProblem.HostBitsSet, result.Problem);
            return (result.Prefix!, start, start | hostMask);
        }

        private static int Pick(Random random, int first, int second, int third, int any)
        {
            switch (random.Next(8))
            {
                case 0:
                case 1:
                case 2:
                case 3:
                    return first;
                case 4:
                case 5:
                    return second;
                case 6:
                    return third;
                default:
                    return any;
            }
        }
    }
}
