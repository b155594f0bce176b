using System.Collections.Generic;

namespace Peering.Rules.Model
{
    /// <summary>A subnet of a VNet: its name and address prefixes, as far as the source tells.</summary>
    public sealed class Subnet
    {
        public Subnet(Fact<string> name, object? declaration)
        {
            Name = name;
            Declaration = declaration;
        }

        public Fact<string> Name { get; }

        /// <summary>Where the subnet is declared (an inline list item, a subnet resource, a <c>SubnetData</c>).</summary>
        public object? Declaration { get; }

        /// <summary>
        /// The valid prefixes (<c>addressPrefix</c> and <c>addressPrefixes</c> together); unknown when any prefix is not
        /// known, which includes prefixes allocated from an IPAM pool.
        /// </summary>
        public Fact<IReadOnlyList<NetworkPrefix>> AddressPrefixes { get; set; }

        public override string ToString() => Name.IsKnown ? Name.Value : "a subnet";
    }
}
