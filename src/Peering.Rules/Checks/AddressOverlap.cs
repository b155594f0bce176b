using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Model;

namespace Peering.Rules.Checks
{
    /// <summary>The overlapping prefixes of two VNets' address spaces, or of what peerings join of them (IPv4 and IPv6), for PEER201 and PEER202.</summary>
    internal static class AddressOverlap
    {
        /// <summary>Every pair of intersecting prefixes; empty when either address space is not known.</summary>
        public static IReadOnlyList<(NetworkPrefix Left, NetworkPrefix Right)> Between(VirtualNetwork left, VirtualNetwork right) =>
            left.AddressPrefixes.IsKnown && right.AddressPrefixes.IsKnown
                ? Between(left.AddressPrefixes.Value, right.AddressPrefixes.Value)
                : Array.Empty<(NetworkPrefix, NetworkPrefix)>();

        /// <summary>Every pair of intersecting prefixes of two lists.</summary>
        public static IReadOnlyList<(NetworkPrefix Left, NetworkPrefix Right)> Between(IReadOnlyList<NetworkPrefix> left, IReadOnlyList<NetworkPrefix> right)
        {
            var overlaps = new List<(NetworkPrefix, NetworkPrefix)>();
            foreach (var a in left)
            {
                foreach (var b in right)
                {
                    if (a.Prefix.Overlaps(b.Prefix))
                    {
                        overlaps.Add((a, b));
                    }
                }
            }

            return overlaps;
        }

        /// <summary>"10.0.0.0/16 overlaps 10.0.1.0/24, fd00::/48 overlaps fd00::/56".</summary>
        public static string Describe(IEnumerable<(NetworkPrefix Left, NetworkPrefix Right)> overlaps) =>
            string.Join(", ", overlaps.Select(o => o.Left.Prefix.Text + " overlaps " + o.Right.Prefix.Text));

        /// <summary>Where the overlapping prefixes are written, for additional locations.</summary>
        public static IReadOnlyList<object> Sources(IEnumerable<(NetworkPrefix Left, NetworkPrefix Right)> overlaps) =>
            overlaps.SelectMany(o => new[] { o.Left.Source, o.Right.Source }).Where(s => s != null).Distinct().Select(s => s!).ToArray();
    }
}
