namespace Peering.Rules.Addressing
{
    /// <summary>The address family of a prefix. Prefixes of different families never overlap.</summary>
    public enum IpFamily
    {
        IPv4,
        IPv6,
    }
}
