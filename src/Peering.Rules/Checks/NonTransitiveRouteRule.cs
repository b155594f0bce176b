using System.Collections.Generic;
using Peering.Rules.Catalogue;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Rules.Checks
{
    /// <summary>
    /// PEER306: a route expects VNet A to reach VNet C directly (next hop VnetLocal, or an appliance inside C) while A
    /// and C are not peered and are linked only through a VNet B both are peered with. Peering is not transitive.
    /// Conservative: both links through B must be unconditional, and any peering between A and C (even a
    /// conditional one) keeps the rule silent.
    /// </summary>
    public sealed class NonTransitiveRouteRule : IPeeringRule
    {
        public RuleInfo Rule => RuleCatalogue.PEER306;

        public void Check(Topology topology, FindingSink sink)
        {
            var index = PeeringIndex.For(topology);
            var facts = new RouteFacts(Rule, sink);
            var reported = new HashSet<(Route, ResourceIdentity, ResourceIdentity)>();
            foreach (var table in topology.RouteTables)
            {
                if (!index.ServesPeeredNetwork(table))
                {
                    continue;
                }

                foreach (var route in table.Routes)
                {
                    var destination = facts.Destination(route);
                    var appliance = destination == null ? null : facts.ApplianceAddress(route);
                    if (destination == null || (appliance == null && !facts.HasNextHop(route, RouteNextHop.VnetLocal)))
                    {
                        continue;
                    }

                    foreach (var associated in table.AssociatedNetworks)
                    {
                        var source = index.Resolve(associated);
                        foreach (var hubLink in index.NeighboursOf(source))
                        {
                            if (!hubLink.IsCertain)
                            {
                                continue;
                            }

                            foreach (var targetLink in index.NeighboursOf(hubLink.Network))
                            {
                                var target = targetLink.Network;
                                if (!targetLink.IsCertain || Topology.SameNetwork(target, source) || index.LinkBetween(source, target) != null
                                    || !facts.Holds(target, destination)
                                    || (appliance != null && !facts.Holds(target, appliance))
                                    || !reported.Add((route, source.Identity, target.Identity)))
                                {
                                    continue;
                                }

                                var nextHop = appliance != null
                                    ? "through the appliance " + RouteFacts.Address(appliance) + " inside it"
                                    : "with next hop VnetLocal";
                                sink.Report(Rule, route.Declaration,
                                    Describe.Capitalized(Describe.Route(route)) + " sends traffic from " + Describe.Network(source) + " to " + destination.Text
                                    + " in " + Describe.Network(target) + " " + nextHop + ", but the two VNets are not peered and peering through "
                                    + Describe.Network(hubLink.Network) + " is not transitive: peer them, or route through an appliance or gateway in " + Describe.Network(hubLink.Network),
                                    Describe.Places(hubLink.FirstUnconditional!.Declaration, targetLink.FirstUnconditional!.Declaration));
                            }
                        }
                    }
                }
            }
        }
    }
}
