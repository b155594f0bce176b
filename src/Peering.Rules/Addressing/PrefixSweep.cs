using System;
using System.Collections.Generic;

namespace Peering.Rules.Addressing
{
    /// <summary>
    /// Finds the overlapping pairs among many prefixes, each tagged with its owner, in O(n log n + pairs found): sorted
    /// by <see cref="IpPrefix.CompareByStart"/>, a prefix overlaps exactly the prefixes on the stack of those that
    /// contain it. Used where comparing every VNet with every other would grow with the square of a hub's spokes.
    /// </summary>
    internal static class PrefixSweep
    {
        /// <summary>Each unordered pair of distinct owners with at least one overlapping prefix, once (smaller owner first).</summary>
        public static IReadOnlyCollection<(int, int)> OverlappingOwners(IReadOnlyList<(IpPrefix Prefix, int Owner)> prefixes)
        {
            var sorted = new List<(IpPrefix Prefix, int Owner)>(prefixes);
            sorted.Sort((a, b) => IpPrefix.CompareByStart(a.Prefix, b.Prefix));
            var pairs = new HashSet<(int, int)>();
            var enclosing = new List<(IpPrefix Prefix, int Owner)>();
            foreach (var entry in sorted)
            {
                while (enclosing.Count > 0 && !enclosing[enclosing.Count - 1].Prefix.Contains(entry.Prefix))
                {
                    enclosing.RemoveAt(enclosing.Count - 1);
                }

                foreach (var outer in enclosing)
                {
                    if (outer.Owner != entry.Owner)
                    {
                        pairs.Add((Math.Min(outer.Owner, entry.Owner), Math.Max(outer.Owner, entry.Owner)));
                    }
                }

                enclosing.Add(entry);
            }

            return pairs;
        }
    }
}
