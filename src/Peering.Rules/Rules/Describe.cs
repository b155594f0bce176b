using Peering.Rules.Model;
using Peering.Rules.Text;

namespace Peering.Rules.Rules
{
    /// <summary>How messages name things, so every rule words them alike.</summary>
    internal static class Describe
    {
        public static string Network(VirtualNetwork? network) =>
            network == null ? "its VNet" : "VNet " + DisplayText.Quote(network.DisplayName);

        public static string NetworkWithRegion(VirtualNetwork network) =>
            Network(network) + (network.Location.IsKnown ? " (" + network.Location.Value + ")" : string.Empty);

        /// <summary>"peering 'hub-to-spoke' of VNet 'hub'", or as much of it as is known.</summary>
        public static string Peering(VirtualNetworkPeering peering)
        {
            var name = peering.Name.IsKnown ? "peering " + DisplayText.Quote(peering.Name.Value) : "the peering";
            return peering.Parent == null ? name : name + " of " + Network(peering.Parent);
        }

        /// <summary>The remote as the message should name it: the resolved VNet, else the id text.</summary>
        public static string Remote(RemoteNetworkReference remote) =>
            remote.Network != null ? Network(remote.Network) : DisplayText.Quote(remote.Text);

        public static string Capitalized(string text) =>
            text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
