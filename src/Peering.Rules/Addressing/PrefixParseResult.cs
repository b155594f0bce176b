using Peering.Rules.Text;

namespace Peering.Rules.Addressing
{
    /// <summary>The outcome of <see cref="IpPrefix.Parse"/>: a prefix, a problem, or both (host bits set).</summary>
    public sealed class PrefixParseResult
    {
        private readonly string? input;
        private readonly IpFamily family;
        private readonly string? length;

        private PrefixParseResult(IpPrefix? prefix, PrefixProblem problem, string? input, IpFamily family, string? length)
        {
            Prefix = prefix;
            Problem = problem;
            this.input = input;
            this.family = family;
            this.length = length;
        }

        /// <summary>The normalised prefix; set when <see cref="Problem"/> is None or HostBitsSet.</summary>
        public IpPrefix? Prefix { get; }

        public PrefixProblem Problem { get; }

        /// <summary>The text to use instead, when the intent is clear (host bits set); otherwise null.</summary>
        public string? Suggestion => Problem == PrefixProblem.HostBitsSet ? Prefix?.Text : null;

        internal static PrefixParseResult Valid(IpPrefix prefix) =>
            new PrefixParseResult(prefix, PrefixProblem.None, null, prefix.Family, null);

        internal static PrefixParseResult HostBits(IpPrefix network) =>
            new PrefixParseResult(network, PrefixProblem.HostBitsSet, null, network.Family, null);

        internal static PrefixParseResult Empty() =>
            new PrefixParseResult(null, PrefixProblem.Empty, null, IpFamily.IPv4, null);

        internal static PrefixParseResult NotCidr(string input) =>
            new PrefixParseResult(null, PrefixProblem.NotCidr, input, IpFamily.IPv4, null);

        internal static PrefixParseResult LengthOutOfRange(IpFamily family, string length) =>
            new PrefixParseResult(null, PrefixProblem.LengthOutOfRange, null, family, length);

        /// <summary>A short English reason, to follow "Invalid address prefix: " in a diagnostic.</summary>
        public string Describe()
        {
            switch (Problem)
            {
                case PrefixProblem.None:
                    return "'" + Prefix!.Text + "' is a valid prefix";
                case PrefixProblem.Empty:
                    return "the prefix is empty";
                case PrefixProblem.NotCidr:
                    return DisplayText.Quote(input!) + " is not an IPv4 or IPv6 CIDR prefix";
                case PrefixProblem.LengthOutOfRange:
                    return family == IpFamily.IPv4
                        ? "the prefix length " + length + " is out of range for IPv4 (0-32)"
                        : "the prefix length " + length + " is out of range for IPv6 (0-128)";
                default:
                    return "host bits are set; the network is " + Prefix!.Text;
            }
        }

        public override string ToString() => Describe();
    }
}
