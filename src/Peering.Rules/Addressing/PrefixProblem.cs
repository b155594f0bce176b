namespace Peering.Rules.Addressing
{
    /// <summary>Why a text is not a valid CIDR prefix (rule PEER204).</summary>
    public enum PrefixProblem
    {
        /// <summary>The text is a valid prefix.</summary>
        None,

        /// <summary>Null, empty or only whitespace.</summary>
        Empty,

        /// <summary>No single '/', or an address or length that cannot be read.</summary>
        NotCidr,

        /// <summary>
        /// The length exceeds the family's maximum, e.g. <c>10.0.0.0/33</c>, or an IPv6-sized length on an IPv4
        /// address such as <c>10.0.0.0/64</c> (the IPv4/IPv6 mix-up).
        /// </summary>
        LengthOutOfRange,

        /// <summary>
        /// Bits beyond the length are set, e.g. <c>10.0.0.1/16</c>. The intent is clear, so the result still
        /// carries the normalised network and suggests it.
        /// </summary>
        HostBitsSet,
    }
}
