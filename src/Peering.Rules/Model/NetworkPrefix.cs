using Peering.Rules.Addressing;

namespace Peering.Rules.Model
{
    /// <summary>One valid prefix of a VNet's address space, with the place it was written.</summary>
    public sealed class NetworkPrefix
    {
        public NetworkPrefix(IpPrefix prefix, object? source)
        {
            Prefix = prefix;
            Source = source;
        }

        public IpPrefix Prefix { get; }

        public object? Source { get; }

        public override string ToString() => Prefix.Text;
    }
}
