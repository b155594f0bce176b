using System.Collections.Generic;
using Peering.Rules.Catalogue;
using Peering.Rules.Model;

namespace Peering.Rules.Checks
{
    /// <summary>
    /// PEER305: a route sends traffic from VNet A to an appliance in peered VNet H, and a peering that carries the
    /// forwarded traffic (A to H, and C to H when the destination lies in a third VNet C peered with H) does not set
    /// AllowForwardedTraffic (absent counts as false, the ARM default).
    /// </summary>
    public sealed class ForwardedTrafficRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER305;

        public void Check(Topology topology, FindingSink sink)
        {
            var index = PeeringIndex.For(topology);
            var facts = new RouteFacts(Rule, sink);
            var reported = new HashSet<(Route, VirtualNetworkPeering)>();
            foreach (var table in topology.RouteTables)
            {
                if (!index.ServesPeeredNetwork(table))
                {
                    continue;
                }

                foreach (var route in table.Routes)
                {
                    var appliance = facts.ApplianceAddress(route);
                    if (appliance == null)
                    {
                        continue;
                    }

                    foreach (var associated in table.AssociatedNetworks)
                    {
                        var source = index.Resolve(associated);
                        foreach (var link in index.NeighboursOf(source))
                        {
                            if (facts.Holds(link.Network, appliance))
                            {
                                var context = new RouteContext(route, appliance, source, link.Network);
                                CheckPeerings(index.Between(source, link.Network), context, reported, sink);
                                CheckDestination(index, facts, context, reported, sink);
                            }
                        }
                    }
                }
            }
        }

        /// <summary>The destination's own VNet, when it is peered with the appliance's VNet, receives the forwarded traffic too.</summary>
        private void CheckDestination(PeeringIndex index, RouteFacts facts, RouteContext context, HashSet<(Route, VirtualNetworkPeering)> reported, FindingSink sink)
        {
            var destination = facts.Destination(context.Route);
            if (destination == null)
            {
                return;
            }

            foreach (var link in index.NeighboursOf(context.ApplianceNetwork))
            {
                if (!Topology.SameNetwork(link.Network, context.Source) && facts.Holds(link.Network, destination))
                {
                    CheckPeerings(index.Between(link.Network, context.ApplianceNetwork), context, reported, sink);
                }
            }
        }

        private void CheckPeerings(IReadOnlyList<VirtualNetworkPeering> peerings, RouteContext context, HashSet<(Route, VirtualNetworkPeering)> reported, FindingSink sink)
        {
            foreach (var peering in peerings)
            {
                var forwarded = peering.AllowForwardedTraffic;
                if (forwarded.Is(true) || sink.Need(Rule, forwarded).State == FactState.Unknown || !reported.Add((context.Route, peering)))
                {
                    continue;
                }

                var destination = context.Route.AddressPrefix.IsKnown ? " to " + RouteFacts.Address(context.Route.AddressPrefix.Value ?? string.Empty) : string.Empty;
                sink.Report(Rule, forwarded.Source ?? peering.Declaration,
                    Describe.Capitalized(Describe.Route(context.Route)) + " sends traffic from " + Describe.Network(context.Source) + destination
                    + " through the appliance " + RouteFacts.Address(context.Appliance) + " in " + Describe.Network(context.ApplianceNetwork)
                    + ", but " + Describe.Peering(peering) + " does not set AllowForwardedTraffic, so the forwarded traffic is dropped",
                    Describe.Places(context.Route.Declaration));
            }
        }

        private sealed class RouteContext
        {
            public RouteContext(Route route, string appliance, VirtualNetwork source, VirtualNetwork applianceNetwork)
            {
                Route = route;
                Appliance = appliance;
                Source = source;
                ApplianceNetwork = applianceNetwork;
            }

            public Route Route { get; }

            public string Appliance { get; }

            public VirtualNetwork Source { get; }

            public VirtualNetwork ApplianceNetwork { get; }
        }
    }
}
