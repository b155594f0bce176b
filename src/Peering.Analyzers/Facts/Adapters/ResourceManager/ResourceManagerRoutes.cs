using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Facts.Recording;
using Peering.Analyzers.Symbols;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts.Adapters.ResourceManager
{
    /// <summary>
    /// Route tables and their routes, the subnets that use them, and gateways: a gateway's IP configuration names a subnet
    /// of the VNet it is deployed into.
    /// </summary>
    internal sealed class ResourceManagerRoutes : ResourceManagerPart
    {
        public ResourceManagerRoutes(AzureNetworkSymbols symbols, ValueEvaluator evaluator, FactRecorder recorder)
            : base(symbols, evaluator, recorder)
        {
        }

        /// <summary>A route table named in a resource group; without both, a table of its own.</summary>
        public RouteTable TableByName(ResourceIdentity? group, string? name, IOperation site)
        {
            var displayName = name ?? site.Syntax.ToString();
            var identity = group != null && name != null ? ResourceIdentity.Named(name, group) : ResourceIdentity.Unique(displayName);
            return Recorder.RouteTable(identity, displayName, site.Syntax.GetLocation());
        }

        /// <summary>A call on <c>RouteTableCollection</c>: creating a table with its routes, or fetching one.</summary>
        public Value? TableCollectionCall(IInvocationOperation invocation)
        {
            var group = (Evaluator.Eval(invocation.Instance) as RouteTableCollectionValue)?.Group;
            var name = Evaluator.Text(Argument(invocation, "routeTableName"));
            if (IsCreateOrUpdate(invocation.TargetMethod))
            {
                var table = TableByName(group, name, invocation);
                if (Evaluator.Eval(Argument(invocation, "data")) is RouteTableDraft routes)
                {
                    foreach (var route in routes.Routes)
                    {
                        Recorder.AddRoute(table, route, route.Name);
                    }
                }

                return new RouteTableValue(table);
            }

            if (IsGet(invocation.TargetMethod))
            {
                return new RouteTableValue(TableByName(group, name, invocation));
            }

            Evaluator.EscapeArguments(invocation);
            return null;
        }

        /// <summary><c>table.GetRoutes()</c> stands for the table; <c>CreateOrUpdate(..., name, data)</c> on it adds a route.</summary>
        public Value? RouteCall(IInvocationOperation invocation)
        {
            var table = Evaluator.Eval(invocation.Instance) as RouteTableValue;
            var method = invocation.TargetMethod;
            if (table != null && (method.Name == "GetRoutes" || IsGet(method)))
            {
                Evaluator.EscapeArguments(invocation);
                return table;
            }

            if (table != null && IsCreateOrUpdate(method) && AzureNetworkSymbols.Is(method.ContainingType, Symbols.RouteCollection))
            {
                var name = NameArgument(invocation, "routeName");
                if (Evaluator.Eval(Argument(invocation, "data")) is RouteDraft route)
                {
                    Recorder.AddRoute(table.Table, route, name);
                }

                return null;
            }

            Evaluator.EscapeArguments(invocation);
            return null;
        }

        /// <summary><c>vnet.GetSubnets().CreateOrUpdate(..., name, data)</c>: a subnet of the VNet, whose route table now applies to it.</summary>
        public Value? SubnetCollectionCall(IInvocationOperation invocation)
        {
            var collection = Evaluator.Eval(invocation.Instance) as SubnetOfNetworkValue;
            var method = invocation.TargetMethod;
            if (collection != null && IsCreateOrUpdate(method) && Evaluator.Eval(Argument(invocation, "data")) is SubnetDraft subnet)
            {
                FactRecorder.Associate(collection.Network, new[] { subnet });
                FactRecorder.AddSubnet(collection.Network, subnet, Evaluator.Text(Argument(invocation, "subnetName")));
            }

            Evaluator.EscapeArguments(invocation);
            return IsGet(method) || IsCreateOrUpdate(method) ? collection : null;
        }

        /// <summary>
        /// <c>GetVirtualNetworkGateways().CreateOrUpdate(..., data)</c>: each VNet whose subnet the data names has a gateway.
        /// A gateway created in a branch counts too: the analysis then never claims the VNet has none.
        /// </summary>
        public Value? GatewayCollectionCall(IInvocationOperation invocation)
        {
            Evaluator.Eval(invocation.Instance);
            if (!IsCreateOrUpdate(invocation.TargetMethod))
            {
                Evaluator.EscapeArguments(invocation);
                return null;
            }

            var name = NameArgument(invocation, "virtualNetworkGatewayName");
            var data = Evaluator.Eval(Argument(invocation, "data"));
            var write = Recorder.StartWrite(Describe("gateway", name), invocation.Syntax.GetLocation());
            if (data is GatewayDraft gateway)
            {
                foreach (var network in gateway.Networks)
                {
                    FactRecorder.AddGateway(network, invocation.Syntax.GetLocation(), write);
                }
            }

            return Written(invocation, write, null);
        }

        /// <summary><c>Add</c> on a list of route table, VNet or gateway data.</summary>
        public bool TryAdd(Value receiver, IInvocationOperation invocation)
        {
            if (invocation.TargetMethod.Name != "Add" || invocation.Arguments.Length != 1)
            {
                return false;
            }

            switch (receiver)
            {
                case RouteListValue routes:
                    if (Evaluator.Eval(invocation.Arguments[0].Value) is RouteDraft route)
                    {
                        routes.Owner.Routes.Add(route);
                    }

                    return true;
                case SubnetListValue subnets:
                    if (Evaluator.Eval(invocation.Arguments[0].Value) is SubnetDraft subnet)
                    {
                        subnets.Owner.Subnets.Add(subnet);
                    }
                    else
                    {
                        // A subnet the analysis does not see: the list no longer shows every subnet.
                        subnets.Owner.SubnetsOpen = true;
                    }

                    return true;
                case GatewayIpConfigurationsValue configurations:
                    if (Evaluator.Eval(invocation.Arguments[0].Value) is GatewayIpConfigurationObject { Network: { } network })
                    {
                        configurations.Owner.Networks.Add(network);
                    }

                    return true;
                default:
                    return false;
            }
        }

        /// <summary>A property of a subnet, route table or gateway the analysis follows; false for any other.</summary>
        public bool TryRead(Value? instance, string name, IPropertyReferenceOperation property, out Value? result)
        {
            result = (instance, name) switch
            {
                (SubnetDraft subnet, "AddressPrefixes") => new PrefixListValue(null, subnet.Description, subnet.Prefixes),
                (SubnetDraft subnet, "IpamPoolPrefixAllocations") => IpamAllocationsValue.Allocating(subnet.Prefixes),
                (SubnetOfNetworkValue subnet, "Value") => subnet,
                (SubnetOfNetworkValue subnet, "Id") => new IdValue(property.Syntax.ToString(), null, null, ResourceManagerIds.VirtualNetworkType + "/subnets", subnet.Network),
                (RouteTableDraft table, "Routes") => new RouteListValue(table),
                (RouteTableValue table, "Value") => table,
                (RouteTableValue table, "Id") => new RouteTableValue(table.Table, isId: true),
                (RouteTableValue table, "Data") => new RouteTableDraft { Table = table.Table },
                (GatewayDraft gateway, "IPConfigurations") => new GatewayIpConfigurationsValue(gateway),
                _ => null,
            };
            return result != null;
        }

        /// <summary>A write to a route, a route table's id, a subnet or a gateway IP configuration.</summary>
        public bool TryWrite(Value? instance, string name, Value? value, ISimpleAssignmentOperation assignment)
        {
            switch (instance)
            {
                case RouteDraft route:
                    return WriteRoute(route, name, value, assignment.Syntax.GetLocation());
                case RouteTableDraft table when name == "Id":
                    table.Table = (value as RouteTableValue)?.Table;
                    return true;
                case SubnetDraft subnet when name == "RouteTable":
                    subnet.RouteTable = (value as RouteTableDraft)?.Table;
                    return true;
                case SubnetDraft subnet when name == "Name":
                    subnet.Name = (value as StringValue)?.Text;
                    return true;
                case SubnetDraft subnet when name == "AddressPrefix":
                    if (value is StringValue prefix)
                    {
                        Recorder.UsePrefix(prefix.Text, assignment.Value.Syntax.GetLocation(), null, subnet.Description);
                    }

                    subnet.SetPrefix((value as StringValue)?.Text, Evaluator.Depth, assignment.Value.Syntax.GetLocation());
                    return true;
                case GatewayIpConfigurationObject configuration when name is "SubnetId" or "Subnet":
                    configuration.Network = ((value is SubResourceValue sub ? sub.Id : value) as IdValue)?.SubnetOf;
                    return true;
                default:
                    return false;
            }
        }

        private bool WriteRoute(RouteDraft route, string property, Value? value, Location location)
        {
            var fact = Evaluator.Definite(route, value is StringValue, (value as StringValue)?.Text!, location);
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
    }
}
