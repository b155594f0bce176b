using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Catalogue;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Rules.Checks
{
    /// <summary>
    /// The peerings of a topology indexed by parent VNet, by (parent, remote) pair and by neighbour, so that the
    /// compilation and template rules stay linear in the number of peerings instead of comparing every pair.
    /// VNets are identified by <see cref="VirtualNetwork.Identity"/>; facts are read from the VNet the topology defines
    /// under that identity, because a peering may hold a reference-only copy of it.
    /// </summary>
    internal sealed class PeeringIndex
    {
        private static readonly IReadOnlyList<VirtualNetworkPeering> None = Array.Empty<VirtualNetworkPeering>();

        /// <summary>The index the rules of the <see cref="PeeringRules.Evaluate"/> running on this thread share, built on first use.</summary>
        [ThreadStatic]
        private static Shared? current;

        private readonly Dictionary<ResourceIdentity, VirtualNetwork> networks = new Dictionary<ResourceIdentity, VirtualNetwork>();
        private readonly Dictionary<ResourceIdentity, List<VirtualNetworkPeering>> byParent = new Dictionary<ResourceIdentity, List<VirtualNetworkPeering>>();
        private readonly Dictionary<(ResourceIdentity Parent, ResourceIdentity Remote), List<VirtualNetworkPeering>> byPair = new Dictionary<(ResourceIdentity, ResourceIdentity), List<VirtualNetworkPeering>>();
        private readonly Dictionary<ResourceIdentity, Dictionary<ResourceIdentity, Link>> neighbours = new Dictionary<ResourceIdentity, Dictionary<ResourceIdentity, Link>>();
        private readonly Dictionary<VirtualNetworkPeering, int> positions = new Dictionary<VirtualNetworkPeering, int>();

        public PeeringIndex(Topology topology)
        {
            foreach (var network in topology.Networks)
            {
                if (!networks.TryGetValue(network.Identity, out var known) || (!known.IsDefined && network.IsDefined))
                {
                    networks[network.Identity] = network;
                }
            }

            foreach (var peering in topology.Peerings)
            {
                positions[peering] = positions.Count;
                if (peering.Parent == null)
                {
                    continue;
                }

                Add(byParent, peering.Parent.Identity, peering);
                var remote = peering.RemoteNetwork;
                if (remote == null || Topology.SameNetwork(peering.Parent, remote))
                {
                    continue;
                }

                Add(byPair, (peering.Parent.Identity, remote.Identity), peering);
                AddNeighbour(peering.Parent, remote, peering);
                AddNeighbour(remote, peering.Parent, peering);
            }
        }

        /// <summary>
        /// The index of <paramref name="topology"/>: while <see cref="PeeringRules.Evaluate"/> runs over it, the one index
        /// every rule of the run shares (rules only read the topology), so a run indexes its peerings once, not once per rule.
        /// </summary>
        public static PeeringIndex For(Topology topology) =>
            current != null && ReferenceEquals(current.Topology, topology) ? current.Index : new PeeringIndex(topology);

        /// <summary>Makes <see cref="For"/> share one index of <paramref name="topology"/> on this thread until disposed.</summary>
        internal static IDisposable Share(Topology topology) => new Shared(topology);

        /// <summary>
        /// The peerings between two different VNets that are both resolved, in topology order, with each end as the
        /// topology defines it: what every rule about a pair of VNets starts from. A peering left out because its remote
        /// is unknown is a pair <paramref name="rule"/> could not decide (<see cref="FindingSink.Need{T}"/>) when
        /// <paramref name="remoteDecides"/> says that, its VNet being as it is, the remote would decide it.
        /// </summary>
        public IEnumerable<(VirtualNetworkPeering Peering, VirtualNetwork Local, VirtualNetwork Remote)> PeeringsBetweenNetworks(RuleInfo rule, FindingSink sink, Func<VirtualNetwork, bool> remoteDecides)
        {
            foreach (var peering in positions.Keys)
            {
                if (peering.Parent == null)
                {
                    continue;
                }

                if (peering.Remote.State == FactState.Unknown && remoteDecides(Resolve(peering.Parent)))
                {
                    sink.Need(rule, peering.Remote);
                }

                if (peering.RemoteNetwork != null && !Topology.SameNetwork(peering.Parent, peering.RemoteNetwork))
                {
                    yield return (peering, Resolve(peering.Parent), Resolve(peering.RemoteNetwork));
                }
            }
        }

        /// <summary>The peerings of <paramref name="parent"/>, in topology order.</summary>
        public IReadOnlyList<VirtualNetworkPeering> PeeringsOf(VirtualNetwork parent) =>
            byParent.TryGetValue(parent.Identity, out var list) ? list : None;

        /// <summary>The VNets that have peerings of their own, each with its peerings in topology order.</summary>
        public IEnumerable<KeyValuePair<ResourceIdentity, List<VirtualNetworkPeering>>> PeeringsByParent => byParent;

        /// <summary>The VNet the topology knows under the key of <paramref name="network"/>, with the most facts.</summary>
        public VirtualNetwork Resolve(VirtualNetwork network) =>
            networks.TryGetValue(network.Identity, out var known) ? known : network;

        /// <summary>The peerings of <paramref name="parent"/> whose remote is <paramref name="remote"/>, in topology order.</summary>
        public IReadOnlyList<VirtualNetworkPeering> Between(VirtualNetwork parent, VirtualNetwork remote) =>
            byPair.TryGetValue((parent.Identity, remote.Identity), out var list) ? list : None;

        /// <summary>
        /// The peerings of <paramref name="network"/> whose remote VNet is not resolved (an id from a parameter without a
        /// value, an id outside the analysed set): each may be the link to any VNet.
        /// </summary>
        public IReadOnlyList<VirtualNetworkPeering> PeeringsToUnresolvedRemotes(VirtualNetwork network) =>
            byParent.TryGetValue(network.Identity, out var list) ? list.FindAll(p => p.Remote.State == FactState.Unknown || (p.Remote.IsKnown && p.RemoteNetwork == null)) : None;

        /// <summary>The peerings that link the remote of <paramref name="peering"/> back to its parent.</summary>
        public IReadOnlyList<VirtualNetworkPeering> ReversesOf(VirtualNetworkPeering peering) =>
            peering.Parent == null || peering.RemoteNetwork == null ? None : Between(peering.RemoteNetwork, peering.Parent);

        /// <summary>
        /// True when a VNet whose subnets use <paramref name="table"/> is peered: only then do its routes cross a
        /// peering, and only then are the rules about routes decided by them.
        /// </summary>
        public bool ServesPeeredNetwork(RouteTable table) =>
            table.AssociatedNetworks.Any(network => neighbours.ContainsKey(network.Identity));

        /// <summary>The VNets linked to <paramref name="network"/> by a peering in either direction.</summary>
        public IEnumerable<Link> NeighboursOf(VirtualNetwork network) =>
            neighbours.TryGetValue(network.Identity, out var links) ? links.Values : (IEnumerable<Link>)Array.Empty<Link>();

        /// <summary>Every VNet linked to at least one other, with its neighbours: each VNet as the hub of its neighbours.</summary>
        public IEnumerable<(VirtualNetwork Hub, IReadOnlyCollection<Link> Links)> Hubs =>
            neighbours.Select(n => (networks[n.Key], (IReadOnlyCollection<Link>)n.Value.Values));

        /// <summary>Where the peering stands in the topology, to tell the earlier of two peerings.</summary>
        public int PositionOf(VirtualNetworkPeering peering) => positions[peering];

        /// <summary>The link between two VNets, or null when no peering in either direction names the other.</summary>
        public Link? LinkBetween(VirtualNetwork a, VirtualNetwork b) =>
            neighbours.TryGetValue(a.Identity, out var links) && links.TryGetValue(b.Identity, out var link) ? link : null;

        private void AddNeighbour(VirtualNetwork from, VirtualNetwork to, VirtualNetworkPeering peering)
        {
            if (!networks.ContainsKey(from.Identity))
            {
                networks.Add(from.Identity, from);
            }

            if (!neighbours.TryGetValue(from.Identity, out var links))
            {
                links = new Dictionary<ResourceIdentity, Link>();
                neighbours.Add(from.Identity, links);
            }

            if (!links.TryGetValue(to.Identity, out var link))
            {
                link = new Link(Resolve(to), peering);
                links.Add(to.Identity, link);
            }

            link.Add(peering);
        }

        private static void Add<TKey>(Dictionary<TKey, List<VirtualNetworkPeering>> index, TKey key, VirtualNetworkPeering peering)
        {
            if (!index.TryGetValue(key, out var list))
            {
                list = new List<VirtualNetworkPeering>();
                index.Add(key, list);
            }

            list.Add(peering);
        }

        private sealed class Shared : IDisposable
        {
            private readonly Shared? previous;
            private PeeringIndex? index;

            public Shared(Topology topology)
            {
                Topology = topology;
                previous = current;
                current = this;
            }

            public Topology Topology { get; }

            public PeeringIndex Index => index ??= new PeeringIndex(Topology);

            public void Dispose() => current = previous;
        }

        /// <summary>A VNet linked to another by peerings in either direction.</summary>
        internal sealed class Link
        {
            public Link(VirtualNetwork network, VirtualNetworkPeering first)
            {
                Network = network;
                First = first;
            }

            /// <summary>The VNet at the far end of the link.</summary>
            public VirtualNetwork Network { get; }

            /// <summary>The first peering, in topology order, of the link (in either direction).</summary>
            public VirtualNetworkPeering First { get; }

            /// <summary>The first unconditional peering of the link, or null: only such a peering proves that the link exists.</summary>
            public VirtualNetworkPeering? FirstUnconditional { get; private set; }

            public bool IsCertain => FirstUnconditional != null;

            public void Add(VirtualNetworkPeering peering)
            {
                if (FirstUnconditional == null && !peering.IsConditional)
                {
                    FirstUnconditional = peering;
                }
            }
        }
    }
}
