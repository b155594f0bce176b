using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Addressing;
using Peering.Rules.Checks;
using Peering.Rules.Identity;
using Peering.Rules.Model;
using Peering.Rules.Profiles;

namespace Peering.Rules.Tests.Rules
{
    /// <summary>
    /// Builds topologies for rule tests. Locations are plain strings naming what they stand for
    /// ("peering spoke-to-hub", "spoke-to-hub.UseRemoteGateways"), so tests can assert where a finding points.
    /// </summary>
    internal sealed class TopologyBuilder
    {
        public Topology Topology { get; } = new Topology();

        public static Fact<T> Known<T>(T value, string source = "test") => Fact<T>.Known(value, source);

        /// <summary>The identity of the VNet or route table named <paramref name="name"/> in the tests' one resource group.</summary>
        public static ResourceIdentity Named(string name) => ResourceIdentity.Named(name, ResourceIdentity.Named("rg", null));

        /// <summary>A VNet; a null argument leaves that fact unknown.</summary>
        public VirtualNetwork Network(string name, string? prefixes = null, string? location = null, bool? gateway = null, string? tenant = null, bool defined = true)
        {
            var network = new VirtualNetwork(Named(name), name, "vnet " + name)
            {
                IsDefined = defined,
                Location = location == null ? Fact<string>.Unknown : Known(location, name + ".Location"),
                HasGateway = gateway == null ? Fact<bool>.Unknown : Known(gateway.Value, name + ".Gateway"),
                TenantId = tenant == null ? Fact<string>.Unknown : Known(tenant, name + ".TenantId"),
                AddressPrefixes = prefixes == null ? Fact<IReadOnlyList<NetworkPrefix>>.Unknown : Known(Prefixes(name, prefixes), name + ".AddressPrefixes"),
            };
            Topology.Networks.Add(network);
            return network;
        }

        /// <summary>A peering of <paramref name="parent"/> towards <paramref name="remote"/>, declared at "peering {name}".</summary>
        public VirtualNetworkPeering Peering(VirtualNetwork parent, VirtualNetwork remote, string name, Action<VirtualNetworkPeering>? configure = null)
        {
            var peering = new VirtualNetworkPeering("peering " + name)
            {
                Name = Known(name, name + ".Name"),
                Parent = parent,
                Remote = Known(new RemoteNetworkReference("/vnets/" + remote.DisplayName, remote, null, null), name + ".Remote"),
                PeerCompleteVirtualNetworks = Fact<bool>.Absent(null),
                LocalSubnetNames = Fact<IReadOnlyList<string>>.Absent(null),
                RemoteSubnetNames = Fact<IReadOnlyList<string>>.Absent(null),
                EnableOnlyIPv6Peering = Fact<bool>.Absent(null),
            };
            configure?.Invoke(peering);
            Topology.Peerings.Add(peering);
            return peering;
        }

        /// <summary>Both peerings of a pair, named "{a}-to-{b}" and "{b}-to-{a}".</summary>
        public (VirtualNetworkPeering There, VirtualNetworkPeering Back) Pair(VirtualNetwork a, VirtualNetwork b, Action<VirtualNetworkPeering>? configure = null) =>
            (Peering(a, b, a.DisplayName + "-to-" + b.DisplayName, configure), Peering(b, a, b.DisplayName + "-to-" + a.DisplayName, configure));

        /// <summary>
        /// A subnet of <paramref name="network"/> declared at "subnet {name}", its prefixes at "{name} {prefix}"; null
        /// prefixes leave them unknown. <paramref name="complete"/> says the VNet's subnets are all known from here on.
        /// </summary>
        public Subnet Subnet(VirtualNetwork network, string name, string? prefixes, bool complete = true)
        {
            var subnet = new Subnet(Known(name, name + ".Name"), "subnet " + name)
            {
                AddressPrefixes = prefixes == null ? Fact<IReadOnlyList<NetworkPrefix>>.Unknown : Known(Prefixes(name, prefixes), name + ".AddressPrefixes"),
            };
            network.Subnets.Add(subnet);
            network.SubnetsComplete = complete ? Known(true, network.DisplayName + ".Subnets") : Fact<bool>.Unknown;
            return subnet;
        }

        /// <summary>What makes a peering a subnet peering of the named local and remote subnets (comma-separated).</summary>
        public static Action<VirtualNetworkPeering> SubnetPeering(string local, string remote, bool? onlyIPv6 = false) => peering =>
        {
            peering.PeerCompleteVirtualNetworks = Known(false, peering.Declaration + ".PeerCompleteVnets");
            peering.LocalSubnetNames = Known<IReadOnlyList<string>>(Names(local), peering.Declaration + ".LocalSubnetNames");
            peering.RemoteSubnetNames = Known<IReadOnlyList<string>>(Names(remote), peering.Declaration + ".RemoteSubnetNames");
            peering.EnableOnlyIPv6Peering = onlyIPv6 == null ? Fact<bool>.Unknown : Known(onlyIPv6.Value, peering.Declaration + ".EnableOnlyIPv6Peering");
        };

        /// <summary>The two peerings of a subnet peering of <paramref name="a"/> and <paramref name="b"/>, each naming its own subnets first.</summary>
        public (VirtualNetworkPeering There, VirtualNetworkPeering Back) SubnetPair(VirtualNetwork a, string aSubnets, VirtualNetwork b, string bSubnets, bool? onlyIPv6 = false) =>
            (Peering(a, b, a.DisplayName + "-to-" + b.DisplayName, SubnetPeering(aSubnets, bSubnets, onlyIPv6)),
             Peering(b, a, b.DisplayName + "-to-" + a.DisplayName, SubnetPeering(bSubnets, aSubnets, onlyIPv6)));

        /// <summary>A route table used by subnets of <paramref name="associated"/>.</summary>
        public RouteTable RouteTable(string name, params VirtualNetwork[] associated)
        {
            var table = new RouteTable(Named(name), name, "table " + name);
            foreach (var network in associated)
            {
                table.AssociatedNetworks.Add(network);
            }

            Topology.RouteTables.Add(table);
            return table;
        }

        /// <summary>A route declared at "route {name}"; a null argument leaves that fact unknown.</summary>
        public static Route Route(RouteTable table, string name, string? destination, string? nextHopType, string? nextHopAddress = null)
        {
            var route = new Route(table, "route " + name)
            {
                Name = Known(name),
                AddressPrefix = destination == null ? Fact<string>.Unknown : Known(destination),
                NextHopType = nextHopType == null ? Fact<string>.Unknown : Known(nextHopType),
                NextHopIpAddress = nextHopAddress == null ? Fact<string>.Unknown : Known(nextHopAddress),
            };
            table.Routes.Add(route);
            return route;
        }

        public IReadOnlyList<Finding> Run(IPeeringRule rule, PlatformProfile profile = PlatformProfile.Current, bool closedWorld = false) =>
            PeeringRules.Evaluate(Topology, new[] { rule }, new AnalysisOptions(profile, closedWorld));

        /// <summary>A fact unknown for the reason <paramref name="cause"/>, as a template construct the reader does not evaluate.</summary>
        public static Fact<T> UnknownBecause<T>(string cause) => Fact<T>.UnknownBecause(cause);

        /// <summary>The causes of the checks <paramref name="rule"/> could not decide, "PEER101 needed cause", in the order met.</summary>
        public string[] Undecided(IPeeringRule rule, PlatformProfile profile = PlatformProfile.Current, bool closedWorld = false)
        {
            var sink = new FindingSink(new AnalysisOptions(profile, closedWorld));
            PeeringRules.Run(Topology, new[] { rule }, sink);
            return sink.Undecided.Select(u => u.ToString()).ToArray();
        }

        private static string[] Names(string names) =>
            names.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(n => n.Trim()).ToArray();

        private static IReadOnlyList<NetworkPrefix> Prefixes(string name, string prefixes) =>
            prefixes.Split(',').Select(p => new NetworkPrefix(IpPrefix.Parse(p).Prefix!, name + " " + p.Trim())).ToArray();
    }
}
