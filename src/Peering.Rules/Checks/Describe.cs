using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Model;
using Peering.Rules.Text;

namespace Peering.Rules.Checks
{
    /// <summary>How messages name things, so every rule words them alike.</summary>
    internal static class Describe
    {
        public static string Network(VirtualNetwork? network) =>
            network == null ? "its VNet" : "VNet " + DisplayText.Quote(network.DisplayName);

        /// <summary>
        /// Two different VNets named side by side: by name, or by resource id where the names alone would read the same
        /// (same-named VNets in two subscriptions or resource groups), with the resource group and subscription of each.
        /// </summary>
        public static (string First, string Second) NetworksApart(VirtualNetwork first, VirtualNetwork second)
        {
            if (!string.Equals(first.DisplayName, second.DisplayName, System.StringComparison.OrdinalIgnoreCase) || first.ResourceId == null || second.ResourceId == null)
            {
                return (Network(first), Network(second));
            }

            return (Network(first) + InScope(first.ResourceId), Network(second) + InScope(second.ResourceId));
        }

        private static string InScope(Identity.ArmResourceId id) =>
            " in resource group " + DisplayText.Quote(id.ResourceGroup ?? "?") + " of subscription " + DisplayText.Quote(id.SubscriptionId);

        public static string NetworkWithRegion(VirtualNetwork network) =>
            Network(network) + (network.Location.IsKnown ? " (" + network.Location.Value + ")" : string.Empty);

        /// <summary>"peering 'hub-to-spoke' of VNet 'hub'", or as much of it as is known.</summary>
        public static string Peering(VirtualNetworkPeering peering)
        {
            var name = peering.Name.IsKnown && peering.Name.Value != null ? "peering " + DisplayText.Quote(peering.Name.Value) : "the peering";
            return peering.Parent == null ? name : name + " of " + Network(peering.Parent);
        }

        /// <summary>The remote as the message should name it: the resolved VNet, else the id text.</summary>
        public static string Remote(RemoteNetworkReference remote) =>
            remote.Network != null ? Network(remote.Network) : DisplayText.Quote(remote.Text);

        /// <summary>"subnet 'app' of VNet 'spoke'".</summary>
        public static string Subnet(Subnet subnet, VirtualNetwork network) =>
            (subnet.Name.IsKnown ? "subnet " + DisplayText.Quote(subnet.Name.Value) : "a subnet") + " of " + Network(network);

        /// <summary>"route 'to-hub' of route table 'rt-spoke'", or as much of it as is known.</summary>
        public static string Route(Route route) =>
            (route.Name.IsKnown && route.Name.Value != null ? "route " + DisplayText.Quote(route.Name.Value) : "a route") + " of route table " + DisplayText.Quote(route.Table.DisplayName);

        /// <summary>The places that are known, for a finding's additional locations.</summary>
        public static IReadOnlyList<object> Places(params object?[] places) =>
            places.Where(p => p != null).Distinct().Select(p => p!).ToArray();

        /// <summary>The remote of a peering as the message should name it, even when it is not known.</summary>
        public static string RemoteOf(VirtualNetworkPeering peering) =>
            peering.Remote.IsKnown ? Remote(peering.Remote.Value) : "an unknown VNet";

        /// <summary>"a", "a and b", "a, b and c".</summary>
        public static string List(IEnumerable<string> items)
        {
            var all = items.ToList();
            return all.Count <= 1 ? string.Concat(all) : string.Join(", ", all.Take(all.Count - 1)) + " and " + all[all.Count - 1];
        }

        public static string Capitalized(string text) =>
            text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
