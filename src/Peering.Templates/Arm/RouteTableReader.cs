using System;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Templates.Arm
{
    /// <summary>Route tables and their routes: inline in <c>properties.routes</c>, or <c>routeTables/routes</c> resources.</summary>
    internal sealed class RouteTableReader
    {
        private readonly NetworkRegistry registry;

        public RouteTableReader(NetworkRegistry registry)
        {
            this.registry = registry;
        }

        public RouteTable? Declare(ExpandedResource resource)
        {
            var id = resource.Id == null ? null : ArmResourceId.Parse(resource.Id).Id;
            return id == null ? null : registry.DeclareRouteTable(id, resource.Target, resource.Declaration);
        }

        public void ReadInlineRoutes(ExpandedResource resource, RouteTable table)
        {
            foreach (var route in resource.Properties?.Property("routes")?.Items() ?? Array.Empty<TemplateElement>())
            {
                AddRoute(table, route.Location, route.Property("name"), route.Property("properties"));
            }
        }

        public void ReadRouteResource(ExpandedResource resource)
        {
            var segments = resource.NameSegments;
            if (segments == null || segments.Length != 2)
            {
                return;
            }

            var id = ArmResourceId.Parse(resource.Target.ResourceId(ResourceTypes.RouteTable, segments[0])).Id;
            if (id != null && registry.RouteTableOf(id, resource.Target) is RouteTable table)
            {
                AddRoute(table, resource.Declaration, resource.Body.Property("name"), resource.Properties, segments[1]);
            }
        }

        private static void AddRoute(RouteTable table, SourceLocation declaration, TemplateElement? name, TemplateElement? properties, string? knownName = null)
        {
            var absentAt = properties?.Location ?? declaration;
            table.Routes.Add(new Route(table, declaration)
            {
                Name = knownName != null ? Fact<string>.Known(knownName, name?.Location ?? declaration) : ElementFacts.String(name, declaration),
                AddressPrefix = ElementFacts.String(properties?.Property("addressPrefix"), absentAt),
                NextHopType = ElementFacts.String(properties?.Property("nextHopType"), absentAt),
                NextHopIpAddress = ElementFacts.String(properties?.Property("nextHopIpAddress"), absentAt),
            });
        }
    }
}
