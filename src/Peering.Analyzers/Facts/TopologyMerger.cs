using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts
{
    /// <summary>
    /// Joins the topologies of a compilation's method bodies into one. VNets with the same identity are one VNet: its
    /// resource id, its name in a resource group the code names or holds, or a field that holds it. A local identity
    /// (a VNet of its own, or one named in a group of its own) belongs to one block and stays apart. Facts that
    /// disagree between blocks (two regions for one VNet) become unknown.
    /// </summary>
    internal static class TopologyMerger
    {
        public static Topology Merge(IReadOnlyList<BlockFacts> blocks)
        {
            var merged = new Topology();
            var groups = new Dictionary<ResourceIdentity, List<VirtualNetwork>>();
            var identityOf = new Dictionary<VirtualNetwork, ResourceIdentity>();
            foreach (var block in blocks)
            {
                foreach (var network in block.Topology.Networks)
                {
                    identityOf[network] = network.Identity;
                    if (!groups.TryGetValue(network.Identity, out var group))
                    {
                        group = new List<VirtualNetwork>();
                        groups.Add(network.Identity, group);
                    }

                    group.Add(network);
                }
            }

            foreach (var (byId, byName) in IdsNamingNamedNetworks(groups.Keys))
            {
                foreach (var network in groups[byId])
                {
                    identityOf[network] = byName;
                }

                groups[byName].AddRange(groups[byId]);
                groups.Remove(byId);
            }

            var networks = new Dictionary<ResourceIdentity, VirtualNetwork>();
            foreach (var group in groups)
            {
                var network = Combine(group.Key, group.Value);
                networks.Add(group.Key, network);
                merged.Networks.Add(network);
            }

            VirtualNetwork? Map(VirtualNetwork? network) =>
                network != null && identityOf.TryGetValue(network, out var identity) ? networks[identity] : null;

            foreach (var block in blocks)
            {
                foreach (var peering in block.Topology.Peerings)
                {
                    if (!block.Rewrites.Contains(peering))
                    {
                        merged.Peerings.Add(Copy(peering, Map));
                    }
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
            var tables = new Dictionary<ResourceIdentity, RouteTable>();
            foreach (var block in blocks)
            {
                foreach (var table in block.Topology.RouteTables)
                {
                    if (!tables.TryGetValue(table.Identity, out var target))
                    {
                        target = new RouteTable(table.Identity, table.DisplayName, table.Declaration);
                        tables.Add(table.Identity, target);
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


        /// <summary>
        /// A VNet named by id and a VNet named by name in a resource group are one VNet when the id's group is that group,
        /// or when the group is one the code does not name (a parameter, a field) and no other group holds a VNet of that
        /// name: a gateway placed by subnet id then belongs to the hub created by name.
        /// </summary>
        private static List<(ResourceIdentity ById, ResourceIdentity ByName)> IdsNamingNamedNetworks(IEnumerable<ResourceIdentity> identities)
        {
            var all = identities.ToList();
            var named = all.Where(i => i.Name != null && i.Group != null).ToLookup(i => i.Name!, StringComparer.OrdinalIgnoreCase);
            var joins = new List<(ResourceIdentity, ResourceIdentity)>();
            foreach (var identity in all)
            {
                var id = identity.ResourceId;
                if (id?.ResourceGroup == null || !named.Contains(id.Name))
                {
                    continue;
                }

                var candidates = named[id.Name].ToList();
                var exact = candidates.Where(c => string.Equals(c.Group!.Name, id.ResourceGroup, StringComparison.OrdinalIgnoreCase)).ToList();
                var held = candidates.Where(c => c.Group!.IsHeld).ToList();
                var match = exact.Count == 1 ? exact[0] : exact.Count == 0 && candidates.Count == 1 && held.Count == 1 ? held[0] : null;
                if (match != null)
                {
                    joins.Add((identity, match));
                }
            }

            return joins;
        }

        private static VirtualNetwork Combine(ResourceIdentity identity, List<VirtualNetwork> facts)
        {
            var declaring = facts.FirstOrDefault(n => n.IsDefined) ?? facts[0];
            var combined = new VirtualNetwork(identity, facts[0].DisplayName, declaring.Declaration)
            {
                ResourceId = facts.Select(n => n.ResourceId).FirstOrDefault(id => id != null),
                IsDefined = facts.Any(n => n.IsDefined),
                Location = Agree(facts.Select(n => n.Location), string.Equals),
                AddressPrefixes = Agree(facts.Select(n => n.AddressPrefixes), SamePrefixes),
                TenantId = Agree(facts.Select(n => n.TenantId), string.Equals),
                HasGateway = Gateway(facts),
                MayHaveUnseenGateway = facts.Any(n => n.MayHaveUnseenGateway),

                // A block that sends the VNet's whole subnet list knows them all; the others' subnets join that list.
                SubnetsComplete = facts.Select(n => n.SubnetsComplete).FirstOrDefault(complete => complete.Is(true)),
            };
            foreach (var subnet in facts.SelectMany(n => n.Subnets))
            {
                combined.Subnets.Add(subnet);
            }

            foreach (var gateway in facts.SelectMany(n => n.GatewayDeployments).Distinct())
            {
                combined.GatewayDeployments.Add(gateway);
            }

            return combined;
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
            var copy = peering.Copy();
            copy.Parent = map(peering.Parent);
            if (peering.Remote.IsKnown && peering.Remote.Value.Network != null)
            {
                var reference = peering.Remote.Value;
                copy.Remote = Fact<RemoteNetworkReference>.Known(
                    new RemoteNetworkReference(reference.Text, map(reference.Network), reference.ParsedId, reference.ResourceTypeFromSource),
                    peering.Remote.Source);
            }

            return copy;
        }
    }
}
