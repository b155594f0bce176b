using System.Collections.Generic;

namespace Peering.Rules.Model
{
    /// <summary>A change to the address space of an existing VNet (a prefix added, removed or replaced).</summary>
    public sealed class AddressSpaceChange
    {
        public AddressSpaceChange(VirtualNetwork network, string description, object? source, bool followedBySync, IReadOnlyList<object> relatedSources)
        {
            Network = network;
            Description = description;
            Source = source;
            FollowedBySync = followedBySync;
            RelatedSources = relatedSources;
        }

        public VirtualNetwork Network { get; }

        /// <summary>What changes, for messages: "adds 10.1.0.0/16".</summary>
        public string Description { get; }

        public object? Source { get; }

        /// <summary>True when the peerings are synced (SyncRemoteAddressSpace.True) after the change.</summary>
        public bool FollowedBySync { get; }

        /// <summary>Front-end locations a fix needs (where the change is sent, peerings written after it).</summary>
        public IReadOnlyList<object> RelatedSources { get; }
    }
}
