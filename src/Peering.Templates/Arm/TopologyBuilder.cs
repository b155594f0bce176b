using System.Collections.Generic;
using Peering.Rules.Model;

namespace Peering.Templates.Arm
{
    /// <summary>
    /// Builds one topology from the resources of every template of a run. Declarations are read first, so a
    /// reference resolves to the declared VNet or route table whichever file, and whichever order, it comes in.
    /// </summary>
    internal static class TopologyBuilder
    {
        public static Topology Build(IReadOnlyList<ExpandedResource> resources)
        {
            var topology = new Topology();
            var registry = new NetworkRegistry(topology);
            var networks = new NetworkReader(topology, registry);
            var peerings = new PeeringReader(topology, registry, networks);
            var gateways = new GatewayReader(topology, registry);
            var routeTables = new RouteTableReader(registry);

            var declaredNetworks = new List<(ExpandedResource, VirtualNetwork)>();
            var declaredTables = new List<(ExpandedResource, RouteTable)>();
            var others = new List<ExpandedResource>();
            foreach (var resource in resources)
            {
                if (resource.Is(ResourceTypes.VirtualNetwork) && !resource.IsExisting)
                {
                    declaredNetworks.Add((resource, networks.Declare(resource)));
                }
                else if (resource.Is(ResourceTypes.RouteTable) && !resource.IsExisting && routeTables.Declare(resource) is RouteTable table)
                {
                    declaredTables.Add((resource, table));
                }
                else
                {
                    others.Add(resource);
                }
            }

            foreach (var (resource, table) in declaredTables)
            {
                routeTables.ReadInlineRoutes(resource, table);
            }

            foreach (var (resource, network) in declaredNetworks)
            {
                peerings.ReadInline(resource, network);
                networks.ReadInlineSubnets(resource, network);
            }

            foreach (var resource in others)
            {
                if (resource.IsExisting && !resource.Is(ResourceTypes.VirtualNetwork))
                {
                    // An existing peering, subnet, gateway or route is deployed elsewhere; its template states nothing about it.
                    continue;
                }

                if (resource.Is(ResourceTypes.VirtualNetwork))
                {
                    networks.Reference(resource);
                }
                else if (resource.Is(ResourceTypes.Peering))
                {
                    peerings.ReadResource(resource);
                }
                else if (resource.Is(ResourceTypes.Subnet))
                {
                    networks.ReadSubnetResource(resource);
                }
                else if (resource.Is(ResourceTypes.Gateway))
                {
                    gateways.ReadGateway(resource);
                }
                else if (resource.Is(ResourceTypes.HubIpConfiguration))
                {
                    gateways.ReadHubIpConfiguration(resource);
                }
                else if (resource.Is(ResourceTypes.Route))
                {
                    routeTables.ReadRouteResource(resource);
                }
            }

            foreach (var resource in resources)
            {
                if (ResourceTypes.IsRead(resource.Type))
                {
                    resource.EvaluateAll();
                }
            }

            return topology;
        }
    }
}
