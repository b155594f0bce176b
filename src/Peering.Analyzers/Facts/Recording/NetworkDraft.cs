using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Rules.Addressing;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts.Recording
{
    /// <summary>A VNet's data (region, address space, subnets) as the code builds it, or the data of a VNet that exists.</summary>
    internal sealed class NetworkDraft : TrackedObject
    {
        /// <param name="network">The VNet whose existing data this is; null for data the code builds.</param>
        public NetworkDraft(int depth, Location declaration, VirtualNetwork? network)
            : base(depth, declaration)
        {
            Network = network;
            Deployed = network != null;
            BuiltHere = network == null;

            // The data of an existing VNet holds prefixes the code has not seen.
            Prefixes = new PrefixTracker(depth) { Unknown = !BuiltHere };
        }

        /// <summary>True for data built by the code, not read from an existing VNet.</summary>
        public bool BuiltHere { get; }

        /// <summary>The prefixes of the address space as far as the code tells.</summary>
        public PrefixTracker Prefixes { get; set; }

        public Fact<string> Location { get; set; }

        /// <summary>The VNet this data describes, once known (when it is sent, or read from a resource).</summary>
        public VirtualNetwork? Network { get; set; }

        /// <summary>True once the VNet exists in Azure: later prefix edits are changes to a live VNet.</summary>
        public bool Deployed { get; set; }

        /// <summary>The last write that sent the data, which writes its inline peerings; null while it is not sent.</summary>
        public DeploymentStep? SentBy { get; set; }

        /// <summary>The subnets built into this data.</summary>
        public List<SubnetDraft> Subnets { get; } = new List<SubnetDraft>();

        /// <summary>True once code the analysis does not follow may have added to <see cref="Subnets"/>.</summary>
        public bool SubnetsOpen { get; set; }

        /// <summary>Prefix edits made after deployment that have not been sent yet.</summary>
        public List<PendingChange> PendingChanges { get; } = new List<PendingChange>();

        public override void Escape()
        {
            Escaped = true;
            Location = default;
            Prefixes.Unknown = true;
            SubnetsOpen = true;
        }
    }

    /// <summary>The valid prefixes written into an address space; unknown once any write is unknown or may not run.</summary>
    internal sealed class PrefixTracker
    {
        public PrefixTracker(int depth) => Depth = depth;

        /// <summary>The nesting at which the list was created; deeper edits may not run.</summary>
        public int Depth { get; }

        public List<NetworkPrefix> Known { get; } = new List<NetworkPrefix>();

        public bool Unknown { get; set; }

        /// <summary>
        /// Follows an edit of the list (<paramref name="method"/> with <paramref name="prefix"/>, at nesting
        /// <paramref name="depth"/>); any edit it cannot follow, or one that may not run, makes the prefixes unknown.
        /// </summary>
        public void Edit(string method, string? prefix, Location location, int depth)
        {
            if (Unknown)
            {
                return;
            }

            var parsed = prefix == null ? null : IpPrefix.Parse(prefix);
            var valid = parsed?.Problem == PrefixProblem.None ? parsed.Prefix : null;
            if (depth > Depth)
            {
                Unknown = true;
                return;
            }

            switch (method)
            {
                case "Add" or "Insert" when valid != null:
                    Known.Add(new NetworkPrefix(valid, location));
                    break;
                case "Remove" when valid != null:
                    Known.RemoveAll(p => p.Prefix.Equals(valid));
                    break;
                case "Clear":
                    Known.Clear();
                    break;
                default:
                    Unknown = true;
                    break;
            }
        }
    }

    /// <summary>A change to the address space of a VNet that exists, not yet sent.</summary>
    internal sealed class PendingChange
    {
        public PendingChange(string description, Location location)
        {
            Description = description;
            Location = location;
        }

        public string Description { get; }

        public Location Location { get; }
    }
}
