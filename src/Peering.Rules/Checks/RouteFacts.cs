using System;
using System.Linq;
using Peering.Rules.Addressing;
using Peering.Rules.Model;
using Peering.Rules.Text;

namespace Peering.Rules.Checks
{
    /// <summary>What PEER305 and PEER306 read from a route: its next hop and its destination, when known and valid.</summary>
    internal static class RouteFacts
    {
        public static bool HasNextHop(Route route, string nextHopType) =>
            route.NextHopType.IsKnown && string.Equals(route.NextHopType.Value?.Trim(), nextHopType, StringComparison.OrdinalIgnoreCase);

        /// <summary>The appliance address of a <c>VirtualAppliance</c> route, or null.</summary>
        public static string? ApplianceAddress(Route route) =>
            HasNextHop(route, RouteNextHop.VirtualAppliance) && route.NextHopIpAddress.IsKnown && route.NextHopIpAddress.Value != null
                ? route.NextHopIpAddress.Value.Trim()
                : null;

        /// <summary>The destination as a valid CIDR prefix; null for a service tag, an invalid or an unknown prefix.</summary>
        public static IpPrefix? Destination(Route route)
        {
            if (!route.AddressPrefix.IsKnown)
            {
                return null;
            }

            var parsed = IpPrefix.Parse(route.AddressPrefix.Value);
            return parsed.Problem == PrefixProblem.None ? parsed.Prefix : null;
        }

        /// <summary>True when the VNet's known address space holds the address.</summary>
        public static bool Holds(VirtualNetwork network, string address) =>
            network.AddressPrefixes.IsKnown && network.AddressPrefixes.Value.Any(p => p.Prefix.ContainsAddress(address));

        /// <summary>True when the VNet's known address space holds the whole destination prefix.</summary>
        public static bool Holds(VirtualNetwork network, IpPrefix destination) =>
            network.AddressPrefixes.IsKnown && network.AddressPrefixes.Value.Any(p => p.Prefix.Contains(destination));

        public static string Address(string address) => DisplayText.Escape(address);
    }
}
