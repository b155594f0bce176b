using System;
using System.Linq;
using Peering.Rules.Addressing;
using Peering.Rules.Catalogue;
using Peering.Rules.Model;
using Peering.Rules.Text;

namespace Peering.Rules.Checks
{
    /// <summary>
    /// What PEER305 and PEER306 read from a route and the VNets around it: its next hop, its destination, the address
    /// spaces that hold them, when known and valid. Each fact is read through the sink as one the rule needed.
    /// </summary>
    internal sealed class RouteFacts
    {
        private readonly RuleInfo rule;
        private readonly FindingSink sink;

        public RouteFacts(RuleInfo rule, FindingSink sink)
        {
            this.rule = rule;
            this.sink = sink;
        }

        public bool HasNextHop(Route route, string nextHopType) =>
            sink.Need(rule, route.NextHopType).IsKnown && string.Equals(route.NextHopType.Value?.Trim(), nextHopType, StringComparison.OrdinalIgnoreCase);

        /// <summary>The appliance address of a <c>VirtualAppliance</c> route, or null.</summary>
        public string? ApplianceAddress(Route route) =>
            HasNextHop(route, RouteNextHop.VirtualAppliance) && sink.Need(rule, route.NextHopIpAddress).IsKnown && route.NextHopIpAddress.Value != null
                ? route.NextHopIpAddress.Value.Trim()
                : null;

        /// <summary>The destination as a valid CIDR prefix; null for a service tag, an invalid or an unknown prefix.</summary>
        public IpPrefix? Destination(Route route)
        {
            if (!sink.Need(rule, route.AddressPrefix).IsKnown)
            {
                return null;
            }

            var parsed = IpPrefix.Parse(route.AddressPrefix.Value);
            return parsed.Problem == PrefixProblem.None ? parsed.Prefix : null;
        }

        /// <summary>True when the VNet's known address space holds the address.</summary>
        public bool Holds(VirtualNetwork network, string address) =>
            sink.Need(rule, network.AddressPrefixes).IsKnown && network.AddressPrefixes.Value.Any(p => p.Prefix.ContainsAddress(address));

        /// <summary>True when the VNet's known address space holds the whole destination prefix.</summary>
        public bool Holds(VirtualNetwork network, IpPrefix destination) =>
            sink.Need(rule, network.AddressPrefixes).IsKnown && network.AddressPrefixes.Value.Any(p => p.Prefix.Contains(destination));

        public static string Address(string address) => DisplayText.Escape(address);
    }
}
