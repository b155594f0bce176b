using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Symbols;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts
{
    /// <summary>Route tables, their routes, and the VNets whose subnets use them.</summary>
    internal sealed partial class MethodInterpreter
    {
        private readonly Dictionary<ResourceIdentity, RouteTable> tables = new Dictionary<ResourceIdentity, RouteTable>();

        /// <summary><c>RouteNextHopType.VirtualAppliance</c> is the string ARM uses, <c>VirtualAppliance</c>.</summary>
        private Value? WellKnownNextHop(IPropertyReferenceOperation property) =>
            property.Property.IsStatic && AzureNetworkSymbols.Is(property.Property.ContainingType, symbols.RouteNextHopType)
                && AzureNetworkSymbols.Is(property.Property.Type, symbols.RouteNextHopType)
                ? new StringValue(property.Property.Name)
                : null;

        private RouteTable TableByName(ResourceIdentity? scope, string? name, IOperation site)
        {
            var displayName = name ?? site.Syntax.ToString();
            var identity = scope != null && name != null ? ResourceIdentity.Named(name, scope) : ResourceIdentity.Unique(displayName);
            if (!tables.TryGetValue(identity, out var table))
            {
                table = new RouteTable(identity, displayName, site.Syntax.GetLocation());
                tables.Add(identity, table);
                topology.RouteTables.Add(table);
            }

            return table;
        }

        private Value? RouteTableCollectionCall(IInvocationOperation invocation)
        {
            var scope = (Eval(invocation.Instance) as RouteTableCollectionValue)?.Scope;
            var name = Eval(Argument(invocation, "routeTableName")) as StringValue;
            switch (invocation.TargetMethod.Name)
            {
                case "CreateOrUpdate" or "CreateOrUpdateAsync":
                    var table = TableByName(scope, name?.Text, invocation);
                    var data = Eval(Argument(invocation, "data"));
                    if (data is RouteTableDataObject routes)
                    {
                        foreach (var route in routes.Routes)
                        {
                            AddRoute(table, route, route.Name);
                        }
                    }

                    return new RouteTableValue(table);
                case "Get" or "GetAsync":
                    return new RouteTableValue(TableByName(scope, name?.Text, invocation));
                default:
                    EscapeArguments(invocation);
                    return null;
            }
        }

        /// <summary><c>table.GetRoutes()</c> stands for the table; <c>CreateOrUpdate(..., name, data)</c> on it adds a route.</summary>
        private Value? RouteCall(IInvocationOperation invocation)
        {
            var table = Eval(invocation.Instance) as RouteTableValue;
            switch (invocation.TargetMethod.Name)
            {
                case "GetRoutes" or "Get" or "GetAsync" when table != null:
                    EscapeArguments(invocation);
                    return table;
                case "CreateOrUpdate" or "CreateOrUpdateAsync" when table != null && AzureNetworkSymbols.Is(invocation.TargetMethod.ContainingType, symbols.RouteCollection):
                    var nameArgument = Argument(invocation, "routeName");
                    var name = nameArgument != null && Eval(nameArgument.Value) is StringValue text
                        ? Fact<string>.Known(text.Text, nameArgument.Value.Syntax.GetLocation())
                        : Fact<string>.Unknown;
                    if (Eval(Argument(invocation, "data")) is RouteObject route)
                    {
                        AddRoute(table.Table, route, name);
                    }

                    return null;
                default:
                    EscapeArguments(invocation);
                    return null;
            }
        }

        private static void AddRoute(RouteTable table, RouteObject route, Fact<string> name)
        {
            table.Routes.Add(new Route(table, route.Declaration)
            {
                Name = name,
                AddressPrefix = route.AddressPrefix,
                NextHopType = route.NextHopType,
                NextHopIpAddress = route.NextHopIpAddress,
            });
        }

        private bool WriteRouteProperty(RouteObject route, string property, Value? value, Location location)
        {
            var fact = Definite(route, value is StringValue, (value as StringValue)?.Text!, location);
            switch (property)
            {
                case "Name":
                    route.Name = fact;
                    return true;
                case "AddressPrefix":
                    route.AddressPrefix = fact;
                    return true;
                case "NextHopType":
                    route.NextHopType = fact;
                    return true;
                case "NextHopIPAddress":
                    route.NextHopIpAddress = fact;
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>A subnet sent with a known route table makes the table's routes apply to the subnet's VNet.</summary>
        private static void Associate(VirtualNetwork network, IEnumerable<SubnetObject> subnets)
        {
            foreach (var subnet in subnets)
            {
                if (subnet.RouteTable != null && !subnet.RouteTable.AssociatedNetworks.Contains(network))
                {
                    subnet.RouteTable.AssociatedNetworks.Add(network);
                }
            }
        }
    }
}
