using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts
{
    /// <summary>How the interpreter's events become the topology the rules read.</summary>
    internal sealed partial class MethodInterpreter
    {
        private readonly List<(PeeringDataObject Peering, NetworkDataObject Owner, bool Conditional)> inlinePeerings = new List<(PeeringDataObject, NetworkDataObject, bool)>();
        private readonly List<PeeringDataObject> peeringObjects = new List<PeeringDataObject>();
        private readonly List<PeeringWrite> peeringWrites = new List<PeeringWrite>();
        private readonly List<SentChange> sentChanges = new List<SentChange>();
        private readonly List<(string Text, Location Location, NetworkDataObject? Owner, string Description)> prefixUses = new List<(string, Location, NetworkDataObject?, string)>();
        private readonly List<VirtualNetwork?> syncedWriteTargets = new List<VirtualNetwork?>();

        private void WritePeering(IInvocationOperation invocation, PeeringCollectionValue? collection, IArgumentOperation? nameArgument)
        {
            var name = nameArgument != null && Eval(nameArgument.Value) is StringValue text
                ? Fact<string>.Known(text.Text, nameArgument.Value.Syntax.GetLocation())
                : Fact<string>.Unknown;
            var data = Eval(Argument(invocation, "data"));
            var synced = PassesSync(invocation);
            var written = (data as PeeringDataObject)?.Snapshot(collection?.Parent, name, written: true);
            peeringWrites.Add(new PeeringWrite(++step, invocation.Syntax.GetLocation(), synced, written?.Remote.IsKnown == true, written?.RemoteNetwork));
            if (synced)
            {
                syncedWriteTargets.Add(written?.RemoteNetwork);
            }

            if (data is PeeringDataObject peering)
            {
                peering.Written = true;
                written!.IsConditional = depth > 0;
                topology.Peerings.Add(written);
            }
            else
            {
                Escape(data);
            }
        }

        private void AddInlinePeering(NetworkDataObject owner, PeeringDataObject peering)
        {
            peering.Written = true;
            inlinePeerings.Add((peering, owner, depth > 0));
        }

        private Value? WriteNetwork(IInvocationOperation invocation, ResourceIdentity? scope)
        {
            var nameArgument = Argument(invocation, "virtualNetworkName");
            var name = nameArgument == null ? null : Eval(nameArgument.Value) as StringValue;
            var data = Eval(Argument(invocation, "data"));
            var dataObject = data as NetworkDataObject;
            var network = dataObject?.Network ?? NetworkByName(scope, name?.Text, invocation);
            if (dataObject == null)
            {
                Escape(data);
                return new NetworkResourceValue(network, null);
            }

            if (!network.Location.IsKnown && dataObject.Location.IsKnown)
            {
                network.Location = dataObject.Location;
            }

            if (!network.AddressPrefixes.IsKnown && !dataObject.Prefixes.Unknown)
            {
                network.AddressPrefixes = Fact<IReadOnlyList<NetworkPrefix>>.Known(dataObject.Prefixes.Known.ToArray(), dataObject.Declaration);
            }

            Associate(network, dataObject.Subnets);

            // Only data the code built and kept to itself tells everything about the VNet, its inline peerings included.
            network.IsDefined |= dataObject.CreatedHere && !dataObject.Escaped;

            dataObject.Network = network;
            dataObject.Deployed = true;
            var sentAt = ++step;
            foreach (var change in dataObject.PendingChanges)
            {
                sentChanges.Add(new SentChange(network, change, sentAt, invocation.Syntax.GetLocation()));
            }

            dataObject.PendingChanges.Clear();
            return new NetworkResourceValue(network, dataObject);
        }

        private Value? FetchedNetwork(ResourceIdentity? scope, IArgumentOperation? nameArgument, IInvocationOperation invocation)
        {
            var name = nameArgument == null ? null : Eval(nameArgument.Value) as StringValue;
            return new NetworkResourceValue(NetworkByName(scope, name?.Text, invocation), null);
        }

        private Value? NetworkFromId(IdValue? id, IInvocationOperation invocation)
        {
            var network = id?.Reference.Network ?? NetworkFor(ResourceIdentity.Unique(invocation.Syntax.ToString()), invocation.Syntax.ToString(), invocation.Syntax.GetLocation());
            return new NetworkResourceValue(network, null);
        }

        /// <summary>A VNet known by its name in a resource group; without both, a VNet of its own.</summary>
        private VirtualNetwork NetworkByName(ResourceIdentity? group, string? name, IOperation site)
        {
            var displayName = name ?? site.Syntax.ToString();
            var identity = group != null && name != null ? ResourceIdentity.Named(name, group) : ResourceIdentity.Unique(displayName);
            return NetworkFor(identity, displayName, site.Syntax.GetLocation());
        }

        private VirtualNetwork NetworkForId(ArmResourceId id) =>
            NetworkFor(ResourceIdentity.Of(id), id.Name, null, id);

        private VirtualNetwork NetworkFor(ResourceIdentity identity, string displayName, Location? declaration, ArmResourceId? id = null)
        {
            if (!networks.TryGetValue(identity, out var network))
            {
                network = new VirtualNetwork(identity, displayName, declaration) { ResourceId = id };
                networks.Add(identity, network);
                topology.Networks.Add(network);
            }

            return network;
        }

        private void EditPrefixes(PrefixListValue list, IInvocationOperation invocation)
        {
            var location = invocation.Syntax.GetLocation();
            var argument = invocation.Arguments.Length == 0 ? null : invocation.Arguments[invocation.Arguments.Length - 1];
            var prefix = argument == null ? null : Eval(argument.Value) as StringValue;
            string? change;
            TrackPrefixEdit(list.Tracker, invocation.TargetMethod.Name, prefix?.Text, location);
            switch (invocation.TargetMethod.Name)
            {
                case "Add" or "Insert":
                    if (prefix != null)
                    {
                        UsePrefix(prefix.Text, argument!.Value, list.Owner, list.OwnerDescription);
                    }

                    change = "adds " + (prefix?.Text ?? "a prefix");
                    break;
                case "Remove":
                    change = "removes " + (prefix?.Text ?? "a prefix");
                    break;
                case "RemoveAt":
                    change = "removes a prefix";
                    break;
                case "Clear":
                    change = "removes every prefix";
                    break;
                default:
                    Escape(list);
                    return;
            }

            if (list.Owner != null)
            {
                RecordChange(list.Owner, change, location);
            }
        }

        /// <summary>Keeps the known prefixes of an address space up to date; any edit it cannot follow makes them unknown.</summary>
        private void TrackPrefixEdit(PrefixTracker? tracker, string method, string? prefix, Location location)
        {
            if (tracker == null || tracker.Unknown)
            {
                return;
            }

            var parsed = prefix == null ? null : Rules.Addressing.IpPrefix.Parse(prefix);
            var valid = parsed?.Problem == Rules.Addressing.PrefixProblem.None ? parsed.Prefix : null;
            if (depth > tracker.Depth)
            {
                tracker.Unknown = true;
                return;
            }

            switch (method)
            {
                case "Add" or "Insert" when valid != null:
                    tracker.Known.Add(new NetworkPrefix(valid, location));
                    break;
                case "Remove" when valid != null:
                    tracker.Known.RemoveAll(p => p.Prefix.Equals(valid));
                    break;
                case "Clear":
                    tracker.Known.Clear();
                    break;
                default:
                    tracker.Unknown = true;
                    break;
            }
        }

        /// <summary>An edit of a VNet's prefixes is a change only once the VNet exists; before that it is construction.</summary>
        private void RecordChange(NetworkDataObject network, string description, Location location)
        {
            // An edit in a branch or loop may not happen: unknown, so not a change.
            if (network.Deployed && RunsWith(network))
            {
                network.PendingChanges.Add(new PendingChange(description, location));
            }
        }

        private void UsePrefix(string text, IOperation source, NetworkDataObject? owner, string description) =>
            prefixUses.Add((text, source.Syntax.GetLocation(), owner, description));

        /// <summary>Completes what depends on the whole method: unwritten peerings, owners' names, syncs after changes.</summary>
        private void Finish()
        {
            foreach (var (peering, owner, conditional) in inlinePeerings)
            {
                var inline = peering.Snapshot(owner.Network, peering.Name, written: true);
                inline.IsConditional = conditional || owner.Network == null;
                topology.Peerings.Add(inline);
            }

            foreach (var peering in peeringObjects)
            {
                if (!peering.Written)
                {
                    // Rules about the object's own settings still apply to a peering built here and written elsewhere.
                    topology.Peerings.Add(peering.BeforeEscape ?? peering.Snapshot(null, peering.Name, written: false));
                }
            }

            foreach (var (text, location, owner, description) in prefixUses)
            {
                var where = owner?.Network != null ? description + " of VNet '" + owner.Network.DisplayName + "'" : description == "the address space" ? "a VNet address space" : description;
                topology.AddressPrefixUses.Add(new AddressPrefixUse(text, where, location));
            }

            // Azure syncs the link that points at the resized VNet (it lives in the remote VNet): only a write of
            // such a link, or of a link whose remote is unknown, can be the sync.
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
