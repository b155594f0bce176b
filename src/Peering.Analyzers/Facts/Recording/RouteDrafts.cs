using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Rules.Addressing;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts.Recording
{
    /// <summary>A route as the code builds it.</summary>
    internal sealed class RouteDraft : TrackedObject
    {
        public RouteDraft(int depth, Location declaration)
            : base(depth, declaration)
        {
        }

        public Fact<string> Name { get; set; }

        public Fact<string> AddressPrefix { get; set; }

        public Fact<string> NextHopType { get; set; }

        public Fact<string> NextHopIpAddress { get; set; }

        public override void Escape()
        {
            Escaped = true;
            Name = default;
            AddressPrefix = default;
            NextHopType = default;
            NextHopIpAddress = default;
        }
    }

    /// <summary>
    /// A route table's data: built here with routes (to be sent), or standing for an existing table (a subnet's reference
    /// to a table by its id).
    /// </summary>
    internal sealed class RouteTableDraft : Value
    {
        public List<RouteDraft> Routes { get; } = new List<RouteDraft>();

        /// <summary>The table it names, once known.</summary>
        public RouteTable? Table { get; set; }
    }

    /// <summary>A subnet built here: its name, its prefixes, and the route table it is associated with.</summary>
    internal sealed class SubnetDraft : Value
    {
        public SubnetDraft(int depth, Location declaration)
        {
            Prefixes = new PrefixTracker(depth);
            Declaration = declaration;
        }

        public string? Name { get; set; }

        public RouteTable? RouteTable { get; set; }

        /// <summary>The valid prefixes of <c>AddressPrefix</c> and <c>AddressPrefixes</c>; unknown once any is, or when allocated from an IPAM pool.</summary>
        public PrefixTracker Prefixes { get; }

        public Location Declaration { get; }

        /// <summary>What the subnet is called in messages.</summary>
        public string Description => Name == null ? "a subnet" : "subnet '" + Name + "'";

        /// <summary><c>AddressPrefix = text</c> written at nesting <paramref name="depth"/>; a text not known, or a write that may not run, leaves the prefixes unknown.</summary>
        public void SetPrefix(string? text, int depth, Location at)
        {
            var parsed = text == null ? null : IpPrefix.Parse(text);
            if (parsed == null || depth > Prefixes.Depth)
            {
                Prefixes.Unknown = true;
            }
            else if (parsed.Problem == PrefixProblem.None)
            {
                Prefixes.Known.Add(new NetworkPrefix(parsed.Prefix!, at));
            }
        }

        /// <summary>The subnet in the model's terms, named <paramref name="name"/> when the code names it where it sends it.</summary>
        public Subnet ToModel(string? name = null)
        {
            var known = name ?? Name;
            return new Subnet(known == null ? Fact<string>.Unknown : Fact<string>.Known(known, Declaration), Declaration)
            {
                AddressPrefixes = Prefixes.Unknown ? Fact<IReadOnlyList<NetworkPrefix>>.Unknown : Fact<IReadOnlyList<NetworkPrefix>>.Known(Prefixes.Known.ToArray(), Declaration),
            };
        }
    }

    /// <summary>A gateway built here: the VNets its IP configurations place it in.</summary>
    internal sealed class GatewayDraft : Value
    {
        public List<VirtualNetwork> Networks { get; } = new List<VirtualNetwork>();
    }
}
