using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts.Recording
{
    /// <summary>
    /// Owns the facts one block of code establishes, in the model's terms: the VNets and route tables it names (one object
    /// per identity), the peerings it writes, the address spaces it sends and changes, the prefixes it writes. Adapters
    /// tell it what happens, in execution order; <see cref="Finish"/> completes what depends on the whole block.
    /// </summary>
    internal sealed class FactRecorder
    {
        private readonly Topology topology = new Topology();
        private readonly Dictionary<ResourceIdentity, VirtualNetwork> networks = new Dictionary<ResourceIdentity, VirtualNetwork>();
        private readonly Dictionary<ResourceIdentity, RouteTable> tables = new Dictionary<ResourceIdentity, RouteTable>();
        private readonly List<PeeringDraft> drafts = new List<PeeringDraft>();
        private readonly List<(PeeringDraft Draft, NetworkDraft Owner, bool Conditional)> inlinePeerings = new List<(PeeringDraft, NetworkDraft, bool)>();
        private readonly List<PeeringWrite> peeringWrites = new List<PeeringWrite>();
        private readonly List<SentChange> sentChanges = new List<SentChange>();
        private readonly List<(string Text, Location Location, NetworkDraft? Owner, string Description)> prefixUses = new List<(string, Location, NetworkDraft?, string)>();
        private readonly List<VirtualNetwork?> syncedWriteTargets = new List<VirtualNetwork?>();
        private readonly HashSet<VirtualNetworkPeering> rewrites = new HashSet<VirtualNetworkPeering>();
        private readonly DeploymentRun run;
        private readonly List<DeploymentStep> completeWrites = new List<DeploymentStep>();
        private readonly List<DeploymentStep> mayBeCompleteWrites = new List<DeploymentStep>();
        private int step;
        private bool unplacedGateway;

        /// <param name="run">The run the block's writes belong to: they are ordered by how the code waits for them.</param>
        public FactRecorder(DeploymentRun run)
        {
            this.run = run;
        }

        /// <summary>
        /// A write the code starts here (a <c>CreateOrUpdate</c>): it waits for every write the code has waited for, and
        /// may wait for those it may have waited for. <see cref="Settle"/> says when it is complete.
        /// </summary>
        public DeploymentStep StartWrite(string description, Location at)
        {
            var write = new DeploymentStep(run, description, at);
            foreach (var complete in completeWrites)
            {
                write.After.Add(complete);
            }

            foreach (var mayBeComplete in mayBeCompleteWrites)
            {
                write.MayBeAfter.Add(mayBeComplete);
            }

            return write;
        }

        /// <summary>The code waits for <paramref name="write"/> here (<paramref name="complete"/>), or may have waited for it.</summary>
        public void Settle(DeploymentStep write, bool complete)
        {
            if (completeWrites.Contains(write))
            {
                return;
            }

            if (complete)
            {
                mayBeCompleteWrites.Remove(write);
                completeWrites.Add(write);
            }
            else if (!mayBeCompleteWrites.Contains(write))
            {
                mayBeCompleteWrites.Add(write);
            }
        }

        /// <summary>The VNet with <paramref name="identity"/>, the same object for every mention in the block.</summary>
        public VirtualNetwork Network(ResourceIdentity identity, string displayName, Location? declaration, ArmResourceId? id = null)
        {
            if (!networks.TryGetValue(identity, out var network))
            {
                network = new VirtualNetwork(identity, displayName, declaration) { ResourceId = id };
                networks.Add(identity, network);
                topology.Networks.Add(network);
            }

            return network;
        }

        /// <summary>An id from its text: the VNet it names, or for a subnet id the VNet the subnet lies in.</summary>
        public IdValue Id(string text)
        {
            var parsed = ArmResourceId.Parse(text);
            var network = parsed.Id is { IsVirtualNetwork: true } id ? NetworkOf(id) : null;
            var enclosing = network == null ? parsed.Id?.EnclosingVirtualNetwork() : null;
            return new IdValue(text, network, parsed, null, enclosing == null ? null : NetworkOf(enclosing));
        }

        /// <summary>The route table with <paramref name="identity"/>, the same object for every mention in the block.</summary>
        public RouteTable RouteTable(ResourceIdentity identity, string displayName, Location declaration)
        {
            if (!tables.TryGetValue(identity, out var table))
            {
                table = new RouteTable(identity, displayName, declaration);
                tables.Add(identity, table);
                topology.RouteTables.Add(table);
            }

            return table;
        }

        /// <summary>A peering's data the code creates or fetches; if it is never written here, its own settings still count.</summary>
        public void Track(PeeringDraft draft) => drafts.Add(draft);

        /// <summary>
        /// A peering written into <paramref name="parent"/>: from <paramref name="draft"/>, or from data the analysis does not
        /// know (null), which still counts as a write for the syncs of address-space changes. A <paramref name="rewrite"/>
        /// writes a peering that exists again (<see cref="BlockFacts.Rewrites"/>). <paramref name="write"/> is null when
        /// the code does not tell what the write waits for.
        /// </summary>
        public void WritePeering(PeeringDraft? draft, VirtualNetwork? parent, Fact<string> name, Location at, bool synced, bool conditional, bool rewrite, DeploymentStep? write)
        {
            var written = draft?.Snapshot(parent, name, written: true);
            if (written != null)
            {
                written.Deployment = write;
            }

            peeringWrites.Add(new PeeringWrite(++step, at, synced, written?.Remote.IsKnown == true, written?.RemoteNetwork));
            if (synced)
            {
                syncedWriteTargets.Add(written?.RemoteNetwork);
            }

            if (draft != null)
            {
                draft.Written = true;
                written!.IsConditional = conditional;
                Add(written, rewrite);
            }
        }

        /// <summary>A peering in the inline peerings of a VNet's data, written when the VNet is.</summary>
        public void AddInlinePeering(PeeringDraft draft, NetworkDraft owner, bool conditional)
        {
            draft.Written = true;
            inlinePeerings.Add((draft, owner, conditional));
        }

        /// <summary>
        /// VNet data sent as <paramref name="network"/>: what the data tells becomes the VNet's, it exists from now on, and
        /// the changes made to it since it last existed are changes of the VNet.
        /// </summary>
        public void SendNetwork(NetworkDraft data, VirtualNetwork network, Location at, DeploymentStep? write)
        {
            data.SentBy = write;
            if (!network.Location.IsKnown && data.Location.IsKnown)
            {
                network.Location = data.Location;
            }

            if (!network.AddressPrefixes.IsKnown && !data.Prefixes.Unknown)
            {
                network.AddressPrefixes = Fact<IReadOnlyList<NetworkPrefix>>.Known(data.Prefixes.Known.ToArray(), data.Declaration);
            }

            Associate(network, data.Subnets);
            AddSubnets(network, data);

            // Only data the code built and kept to itself tells everything about the VNet, its inline peerings included.
            network.IsDefined |= data.BuiltHere && !data.Escaped;

            data.Network = network;
            data.Deployed = true;
            var sentAt = ++step;
            foreach (var change in data.PendingChanges)
            {
                sentChanges.Add(new SentChange(network, change, sentAt, at));
            }

            data.PendingChanges.Clear();
        }

        /// <summary>A prefix the code writes, checked for validity; <paramref name="owner"/> names the VNet it is for, once known.</summary>
        public void UsePrefix(string text, Location at, NetworkDraft? owner, string description) =>
            prefixUses.Add((text, at, owner, description));

        public void AddRoute(RouteTable table, RouteDraft route, Fact<string> name) =>
            table.Routes.Add(new Route(table, route.Declaration)
            {
                Name = name,
                AddressPrefix = route.AddressPrefix,
                NextHopType = route.NextHopType,
                NextHopIpAddress = route.NextHopIpAddress,
            });

        /// <summary>
        /// A gateway deployed into <paramref name="network"/> (also in a branch: the analysis never claims the VNet has none).
        /// <paramref name="write"/> is null for a declarative program, whose deployment orders its writes itself.
        /// </summary>
        public static void AddGateway(VirtualNetwork network, Location at, DeploymentStep? write)
        {
            network.HasGateway = Fact<bool>.Known(true, at);
            if (write != null)
            {
                network.GatewayDeployments.Add(write);
            }
        }

        /// <summary>
        /// A gateway deployed into a subnet the analysis cannot place: it may be in any VNet of the block, so none of them
        /// is known to lack one, even in a closed world.
        /// </summary>
        public void AddUnplacedGateway() => unplacedGateway = true;

        /// <summary>A subnet sent with a known route table makes the table's routes apply to the subnet's VNet.</summary>
        public static void Associate(VirtualNetwork network, IEnumerable<SubnetDraft> subnets)
        {
            foreach (var subnet in subnets)
            {
                if (subnet.RouteTable != null && !subnet.RouteTable.AssociatedNetworks.Contains(network))
                {
                    subnet.RouteTable.AssociatedNetworks.Add(network);
                }
            }
        }

        /// <summary><c>vnet.GetSubnets().CreateOrUpdate(..., name, data)</c>: one more subnet of the VNet, which may have others.</summary>
        public static void AddSubnet(VirtualNetwork network, SubnetDraft subnet, string? name) =>
            network.Subnets.Add(subnet.ToModel(name));

        /// <summary>
        /// The subnets of VNet data sent as <paramref name="network"/>. Sending the list replaces the VNet's subnets, so data the
        /// code built with subnets and kept to itself makes them all known.
        /// </summary>
        private static void AddSubnets(VirtualNetwork network, NetworkDraft data)
        {
            foreach (var subnet in data.Subnets)
            {
                if (!network.Subnets.Any(s => ReferenceEquals(s.Declaration, subnet.Declaration)))
                {
                    network.Subnets.Add(subnet.ToModel());
                }
            }

            if (data.BuiltHere && !data.Escaped && !data.SubnetsOpen && data.Subnets.Count > 0)
            {
                network.SubnetsComplete = Fact<bool>.Known(true, data.Declaration);
            }
        }

        /// <summary>Completes what depends on the whole block: inline and unwritten peerings, owners' names, syncs after changes.</summary>
        public BlockFacts Finish(CallFollower follower)
        {
            foreach (var (draft, owner, conditional) in inlinePeerings)
            {
                var inline = draft.Snapshot(owner.Network, draft.Settings.Name, written: true);
                inline.IsConditional = conditional || owner.Network == null;
                inline.Deployment = owner.SentBy;
                Add(inline, !draft.BuiltHere);
            }

            foreach (var draft in drafts)
            {
                // Rules about the object's own settings still apply to a peering built (or changed) here and written elsewhere.
                if (!draft.Written && (draft.BuiltHere || draft.Changed))
                {
                    Add(draft.BeforeEscape ?? draft.Snapshot(null, draft.Settings.Name, written: false), !draft.BuiltHere);
                }
            }

            foreach (var (text, location, owner, description) in prefixUses)
            {
                var where = owner?.Network != null ? description + " of VNet '" + owner.Network.DisplayName + "'" : description == "the address space" ? "a VNet address space" : description;
                topology.AddressPrefixUses.Add(new AddressPrefixUse(text, where, location));
            }

            foreach (var network in topology.Networks)
            {
                network.MayHaveUnseenGateway |= unplacedGateway;
            }

            RecordChanges();
            return new BlockFacts(topology, syncedWriteTargets, rewrites, follower.FollowedMethods, follower.MetCompilationCode);
        }

        /// <summary>The VNet a VNet id names.</summary>
        private VirtualNetwork NetworkOf(ArmResourceId id) => Network(ResourceIdentity.Of(id), id.Name, null, id);

        private void Add(VirtualNetworkPeering peering, bool rewrite)
        {
            topology.Peerings.Add(peering);
            if (rewrite)
            {
                rewrites.Add(peering);
            }
        }

        /// <summary>
        /// Azure syncs the link that points at the resized VNet (it lives in the remote VNet): only a write of such a link,
        /// or of a link whose remote is unknown, can be the sync.
        /// </summary>
        private void RecordChanges()
        {
            foreach (var sent in sentChanges)
            {
                var synced = false;
                var related = new List<object> { sent.SentLocation };
                foreach (var write in peeringWrites)
                {
                    var towardsChanged = !write.RemoteKnown || Topology.SameNetwork(write.Remote, sent.Network);
                    if (write.Step > sent.Step && towardsChanged)
                    {
                        synced |= write.Synced;
                        if (!write.Synced && write.RemoteKnown)
                        {
                            related.Add(write.Location);
                        }
                    }
                }

                topology.AddressSpaceChanges.Add(new AddressSpaceChange(sent.Network, sent.Change.Description, sent.Change.Location, synced, related));
            }
        }

        private readonly struct PeeringWrite
        {
            public PeeringWrite(int step, Location location, bool synced, bool remoteKnown, VirtualNetwork? remote)
            {
                Step = step;
                Location = location;
                Synced = synced;
                RemoteKnown = remoteKnown;
                Remote = remote;
            }

            /// <summary>False when the analysis does not know what the written peering points at.</summary>
            public bool RemoteKnown { get; }

            /// <summary>The written peering's remote VNet, when it resolves to one.</summary>
            public VirtualNetwork? Remote { get; }

            public int Step { get; }

            public Location Location { get; }

            public bool Synced { get; }
        }

        private sealed class SentChange
        {
            public SentChange(VirtualNetwork network, PendingChange change, int step, Location sentLocation)
            {
                Network = network;
                Change = change;
                Step = step;
                SentLocation = sentLocation;
            }

            public VirtualNetwork Network { get; }

            public PendingChange Change { get; }

            public int Step { get; }

            public Location SentLocation { get; }
        }
    }
}
