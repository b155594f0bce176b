using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts
{
    /// <summary>
    /// Joins the topologies of a compilation's method bodies into one. VNets with the same key are one VNet: its
    /// resource id, its name in a named resource group, or a field that holds it. Keys that start with
    /// <see cref="MethodInterpreter.LocalKeyMarker"/> mean something only inside their block and stay apart. Facts
    /// that disagree between blocks (two regions for one VNet) become unknown.
    /// </summary>
    internal static class TopologyMerger
    {
        private const string NamePrefix = "name:";

        public static Topology Merge(IReadOnlyList<BlockFacts> blocks)
        {
            var merged = new Topology();
            var groups = new Dictionary<string, List<VirtualNetwork>>(StringComparer.Ordinal);
            var keyOf = new Dictionary<VirtualNetwork, string>();
            foreach (var block in blocks)
            {
                foreach (var network in block.Topology.Networks)
                {
                    var key = LocalKey(block, network.Key);
                    keyOf[network] = key;
                    if (!groups.TryGetValue(key, out var group))
                    {
                        group = new List<VirtualNetwork>();
                        groups.Add(key, group);
                    }

                    group.Add(network);
                }
            }

            foreach (var (idKey, nameKey) in IdsNamingNamedNetworks(groups))
            {
                foreach (var network in groups[idKey])
                {
                    keyOf[network] = nameKey;
                }

                groups[nameKey].AddRange(groups[idKey]);
                groups.Remove(idKey);
            }

            var networks = new Dictionary<string, VirtualNetwork>(StringComparer.Ordinal);
            foreach (var group in groups)
            {
                var network = Combine(group.Key, group.Value);
                networks.Add(group.Key, network);
                merged.Networks.Add(network);
            }

            VirtualNetwork? Map(VirtualNetwork? network) =>
                network != null && keyOf.TryGetValue(network, out var key) ? networks[key] : null;

            foreach (var block in blocks)
            {
                foreach (var peering in block.Topology.Peerings)
                {
                    merged.Peerings.Add(Copy(peering, Map));
                }

                foreach (var use in block.Topology.AddressPrefixUses)
                {
                    merged.AddressPrefixUses.Add(use);
                }

                foreach (var change in block.Topology.AddressSpaceChanges)
                {
                    var network = Map(change.Network)!;
                    var syncedElsewhere = blocks.Any(other => other != block && other.SyncedWriteTargets.Any(target => target == null || Map(target) == network));
                    merged.AddressSpaceChanges.Add(new AddressSpaceChange(network, change.Description, change.Source, change.FollowedBySync || syncedElsewhere, change.RelatedSources));
                }

            }

            MergeRouteTables(blocks, merged, Map);
            return merged;
        }

        /// <summary>Tables join by key like VNets; their routes and associated VNets are collected from every block.</summary>
        private static void MergeRouteTables(IReadOnlyList<BlockFacts> blocks, Topology merged, Func<VirtualNetwork?, VirtualNetwork?> map)
        {
            var tables = new Dictionary<string, RouteTable>(StringComparer.Ordinal);
            foreach (var block in blocks)
            {
                foreach (var table in block.Topology.RouteTables)
                {
                    var key = LocalKey(block, table.Key);
                    if (!tables.TryGetValue(key, out var target))
                    {
                        target = new RouteTable(key, table.DisplayName, table.Declaration);
                        tables.Add(key, target);
                        merged.RouteTables.Add(target);
                    }

                    foreach (var route in table.Routes)
                    {
                        target.Routes.Add(new Route(target, route.Declaration)
                        {
                            Name = route.Name,
                            AddressPrefix = route.AddressPrefix,
                            NextHopType = route.NextHopType,
                            NextHopIpAddress = route.NextHopIpAddress,
                        });
                    }

                    foreach (var network in table.AssociatedNetworks)
                    {
                        var mapped = map(network);
                        if (mapped != null && !target.AssociatedNetworks.Contains(mapped))
                        {
                            target.AssociatedNetworks.Add(mapped);
                        }
                    }
                }
            }
        }

        /// <summary>A key unique in the compilation: a block-local key gets the block's number.</summary>
        private static string LocalKey(BlockFacts block, string key) =>
            key.StartsWith(MethodInterpreter.LocalKeyMarker, StringComparison.Ordinal)
                ? "#" + block.Index.ToString(CultureInfo.InvariantCulture) + key
                : key;

        /// <summary>True when a VNet's identity is only known inside one method (a parameter, an unnamed resource group).</summary>
        public static bool IsMethodLocal(VirtualNetwork network) => network.Key.StartsWith("#", StringComparison.Ordinal);

        /// <summary>
        /// A VNet named by id and a VNet named by name in a resource group are one VNet when the id's group is that group,
        /// or when the group is one the code does not name (a parameter, a field) and no other group holds a VNet of that
        /// name: a gateway placed by subnet id then belongs to the hub created by name.
        /// </summary>
        private static List<(string IdKey, string NameKey)> IdsNamingNamedNetworks(Dictionary<string, List<VirtualNetwork>> groups)
        {
            var byName = new Dictionary<string, List<(string Key, string Scope)>>(StringComparer.Ordinal);
            foreach (var key in groups.Keys.Where(k => k.StartsWith(NamePrefix, StringComparison.Ordinal)))
            {
                var slash = key.LastIndexOf('/');
                var name = key.Substring(slash + 1);
                if (!byName.TryGetValue(name, out var list))
                {
                    list = new List<(string, string)>();
                    byName.Add(name, list);
                }

                list.Add((key, key.Substring(NamePrefix.Length, slash - NamePrefix.Length)));
            }

            var joins = new List<(string, string)>();
            foreach (var group in groups)
            {
                var id = group.Value[0].ResourceId;
                if (!group.Key.StartsWith("id:", StringComparison.Ordinal) || id?.ResourceGroup == null || !byName.TryGetValue(id.Name.ToLowerInvariant(), out var candidates))
                {
                    continue;
                }

                var exact = candidates.Where(c => string.Equals(c.Scope, "rg:" + id.ResourceGroup.ToLowerInvariant(), StringComparison.Ordinal)).ToList();
                var unnamed = candidates.Where(c => c.Scope.StartsWith("rg:parameter:", StringComparison.Ordinal) || c.Scope.StartsWith("rg:member:", StringComparison.Ordinal)).ToList();
                var match = exact.Count == 1 ? exact[0].Key : exact.Count == 0 && candidates.Count == 1 && unnamed.Count == 1 ? unnamed[0].Key : null;
                if (match != null)
                {
                    joins.Add((group.Key, match));
                }
            }

            return joins;
        }

        private static VirtualNetwork Combine(string key, List<VirtualNetwork> facts)
        {
            var declaring = facts.FirstOrDefault(n => n.IsDefined) ?? facts[0];
            return new VirtualNetwork(key, facts[0].DisplayName, declaring.Declaration)
            {
                ResourceId = facts.Select(n => n.ResourceId).FirstOrDefault(id => id != null),
                IsDefined = facts.Any(n => n.IsDefined),
                Location = Agree(facts.Select(n => n.Location), string.Equals),
                AddressPrefixes = Agree(facts.Select(n => n.AddressPrefixes), SamePrefixes),
                TenantId = Agree(facts.Select(n => n.TenantId), string.Equals),
                HasGateway = Gateway(facts),
            };
        }

        /// <summary>The one known value all blocks agree on; unknown when two blocks disagree or none knows.</summary>
        private static Fact<T> Agree<T>(IEnumerable<Fact<T>> facts, Func<T, T, bool> same)
        {
            var result = Fact<T>.Unknown;
            foreach (var fact in facts)
            {
                if (fact.State == FactState.Unknown)
                {
                    continue;
                }

                if (result.State == FactState.Unknown)
                {
                    result = fact;
                }
                else if (result.State != fact.State || (fact.IsKnown && !same(result.Value, fact.Value)))
                {
                    return Fact<T>.Unknown;
                }
            }

            return result;
        }

        /// <summary>A gateway deployed anywhere in the compilation is a gateway of the VNet.</summary>
        private static Fact<bool> Gateway(List<VirtualNetwork> facts)
        {
            foreach (var network in facts)
            {
                if (network.HasGateway.Is(true))
                {
                    return network.HasGateway;
                }
            }

            return Agree(facts.Select(n => n.HasGateway), (a, b) => a == b);
        }

        private static bool SamePrefixes(IReadOnlyList<NetworkPrefix> a, IReadOnlyList<NetworkPrefix> b) =>
            a.Select(p => p.Prefix).OrderBy(p => p.Text, StringComparer.Ordinal)
                .SequenceEqual(b.Select(p => p.Prefix).OrderBy(p => p.Text, StringComparer.Ordinal));

        private static VirtualNetworkPeering Copy(VirtualNetworkPeering peering, Func<VirtualNetwork?, VirtualNetwork?> map)
        {
            var remote = peering.Remote;
            if (remote.IsKnown && remote.Value.Network != null)
            {
                var reference = remote.Value;
                remote = Fact<RemoteNetworkReference>.Known(
                    new RemoteNetworkReference(reference.Text, map(reference.Network), reference.ParsedId, reference.ResourceTypeFromSource),
                    remote.Source);
            }

            var copy = new VirtualNetworkPeering(peering.Declaration)
            {
                Name = peering.Name,
                IsConditional = peering.IsConditional,
                Parent = map(peering.Parent),
                Remote = remote,
                AllowVirtualNetworkAccess = peering.AllowVirtualNetworkAccess,
                AllowForwardedTraffic = peering.AllowForwardedTraffic,
                AllowGatewayTransit = peering.AllowGatewayTransit,
                UseRemoteGateways = peering.UseRemoteGateways,
                DoNotVerifyRemoteGateways = peering.DoNotVerifyRemoteGateways,
            };
            foreach (var setting in peering.ServiceManagedSettings)
            {
                copy.ServiceManagedSettings.Add(setting);
            }

            return copy;
        }
    }
}
