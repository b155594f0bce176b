using Peering.Analyzers.Facts.Evaluation;

namespace Peering.Analyzers.Facts.Recording
{
    /// <summary>The address space (or its prefix list) of a VNet's data, or a subnet's prefixes, for edits through it.</summary>
    internal sealed class PrefixListValue : Value
    {
        public PrefixListValue(NetworkDraft? owner, string ownerDescription, PrefixTracker? tracker)
        {
            Owner = owner;
            OwnerDescription = ownerDescription;
            Tracker = tracker;
        }

        public NetworkDraft? Owner { get; }

        /// <summary>Where the list's known prefixes are kept; null for lists whose prefixes no rule needs (subnets).</summary>
        public PrefixTracker? Tracker { get; }

        public string OwnerDescription { get; }

        public override void Escape()
        {
            if (Tracker != null)
            {
                Tracker.Unknown = true;
            }

            Owner?.Escape();
        }
    }

    /// <summary>A <c>VirtualNetworkAddressSpace</c> created here (both libraries name it so), holding the prefixes written into it.</summary>
    internal sealed class AddressSpaceObject : Value
    {
        public AddressSpaceObject(NetworkDraft? owner, int depth)
        {
            Owner = owner;
            Prefixes = new PrefixTracker(depth);
        }

        public NetworkDraft? Owner { get; set; }

        public PrefixTracker Prefixes { get; }

        public override void Escape()
        {
            Prefixes.Unknown = true;
            Owner?.Escape();
        }
    }

    /// <summary>
    /// An <c>IpamPoolPrefixAllocations</c> list: reading it makes the prefixes of its address space or subnet unknown, as
    /// Azure allocates them from the pool when it deploys the resource.
    /// </summary>
    internal sealed class IpamAllocationsValue : Value
    {
        public static readonly IpamAllocationsValue Instance = new IpamAllocationsValue();

        public static IpamAllocationsValue Allocating(PrefixTracker? prefixes)
        {
            if (prefixes != null)
            {
                prefixes.Unknown = true;
            }

            return Instance;
        }
    }
}
