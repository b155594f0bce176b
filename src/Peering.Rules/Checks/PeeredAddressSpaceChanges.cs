using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Rules.Checks
{
    /// <summary>What PEER203 (C#) and PEER205 (templates) share: which changes touch a peered VNet, and how they are worded.</summary>
    internal static class PeeredAddressSpaceChanges
    {
        /// <summary>The changes whose VNet is the parent or the remote of a peering, in topology order.</summary>
        public static IEnumerable<AddressSpaceChange> Of(Topology topology)
        {
            var peered = new HashSet<ResourceIdentity>();
            foreach (var peering in topology.Peerings)
            {
                AddIdentity(peered, peering.Parent);
                AddIdentity(peered, peering.RemoteNetwork);
            }

            return topology.AddressSpaceChanges.Where(c => peered.Contains(c.Network.Identity));
        }

        public static string Subject(AddressSpaceChange change) =>
            "The address space of peered " + Describe.Network(change.Network) + " changes (" + change.Description + ")";

        /// <summary>The verdict under the 2017-10 profile, where any change is forbidden while peered.</summary>
        public static string Forbidden2017(AddressSpaceChange change) =>
            Subject(change) + ": the 2017-10 profile does not allow address ranges to be added or removed while a VNet is peered; remove the peerings first";

        private static void AddIdentity(HashSet<ResourceIdentity> identities, VirtualNetwork? network)
        {
            if (network != null)
            {
                identities.Add(network.Identity);
            }
        }
    }
}
