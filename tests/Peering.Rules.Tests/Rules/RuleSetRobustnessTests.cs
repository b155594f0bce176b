using System.Collections.Generic;
using Peering.Rules.Checks;
using Peering.Rules.Model;
using Peering.Rules.Profiles;

namespace Peering.Rules.Tests.Rules
{
    /// <summary>Every rule copes with the holes front ends leave in a topology, and stays silent on what is unknown.</summary>
    public sealed class RuleSetRobustnessTests
    {
        public static IEnumerable<object[]> Options() => new[]
        {
            new object[] { PlatformProfile.Current, false },
            new object[] { PlatformProfile.Current, true },
            new object[] { PlatformProfile.October2017, false },
            new object[] { PlatformProfile.October2017, true },
        };

        [Theory]
        [MemberData(nameof(Options))]
        public void A_topology_of_unknowns_produces_no_finding_and_no_exception(PlatformProfile profile, bool closedWorld)
        {
            var t = new TopologyBuilder();
            var a = new VirtualNetwork(TopologyBuilder.Named("a"), "a", null);
            var b = new VirtualNetwork(TopologyBuilder.Named("b"), "b", null);
            t.Topology.Networks.Add(a);
            t.Topology.Networks.Add(b);
            t.Topology.Peerings.Add(new VirtualNetworkPeering(null));
            t.Topology.Peerings.Add(new VirtualNetworkPeering(null) { Parent = a, Remote = Fact<RemoteNetworkReference>.Unknown });
            t.Topology.Peerings.Add(new VirtualNetworkPeering(null) { Parent = a, Remote = TopologyBuilder.Known(new RemoteNetworkReference("b", b, null, null)) });
            t.Topology.Peerings.Add(new VirtualNetworkPeering(null) { Parent = b, Remote = TopologyBuilder.Known(new RemoteNetworkReference("a", a, null, null)) });
            var table = t.RouteTable("rt", a);
            table.Routes.Add(new Route(table, null));
            TopologyBuilder.Route(table, "odd", "not a prefix", "VirtualAppliance", "not an address");
            t.Topology.RouteTables.Add(new RouteTable(TopologyBuilder.Named("empty"), "empty", null));

            Assert.Empty(PeeringRules.Evaluate(t.Topology, PeeringRules.All, new AnalysisOptions(profile, closedWorld)));
        }

        [Fact]
        public void Null_values_of_known_facts_do_not_crash_any_rule()
        {
            var t = new TopologyBuilder();
            var a = t.Network("a", "10.0.0.0/16");
            var b = t.Network("b", "10.0.0.0/16");
            a.Location = TopologyBuilder.Known<string>(null!);
            a.TenantId = TopologyBuilder.Known<string>(null!);
            t.Peering(a, b, "a-to-b", p => p.Name = TopologyBuilder.Known<string>(null!));
            var table = t.RouteTable("rt", a);
            var route = TopologyBuilder.Route(table, "r", null, null);
            route.Name = TopologyBuilder.Known<string>(null!);
            route.NextHopType = TopologyBuilder.Known<string>(null!);
            route.AddressPrefix = TopologyBuilder.Known<string>(null!);

            var findings = PeeringRules.Evaluate(t.Topology, PeeringRules.All, new AnalysisOptions(PlatformProfile.October2017, closedWorld: true));
            Assert.Contains(findings, f => f.Rule.Id == "PEER201");
        }
    }
}
