using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Facts.Adapters.AzureCore;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Facts.Recording;
using Peering.Analyzers.Symbols;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts.Adapters.Provisioning
{
    /// <summary>
    /// Route tables and routes: <c>new RouteTable("rt") { Routes = { new RouteResource("r") { ... } } }</c>, standalone
    /// routes with a <c>Parent</c>, and <c>NextHopType = RouteNextHopType.VirtualAppliance</c>; a subnet's
    /// <c>RouteTable = rt</c> applies the table to the subnet's VNet.
    /// </summary>
    internal sealed class ProvisioningRoutes : ProvisioningPart
    {
        public ProvisioningRoutes(ProvisioningSymbols symbols, AzureCoreValues core, ValueEvaluator evaluator, FactRecorder recorder, ProvisionedResources resources)
            : base(symbols, core, evaluator, recorder, resources)
        {
        }

        public ProvisionedRouteTable Table(string? identifier, bool builtHere, IOperation site)
        {
            var table = new ProvisionedRouteTable(identifier, builtHere, Evaluator.Depth, site.Syntax.GetLocation());
            Resources.RouteTables.Add(table);
            return table;
        }

        public ProvisionedRoute Route(string? identifier, IOperation site)
        {
            var route = new ProvisionedRoute(identifier, Evaluator.Depth, site.Syntax.GetLocation());
            Resources.Routes.Add(route);
            return route;
        }

        /// <summary>The table in the model, made when first needed.</summary>
        public RouteTable ModelOf(ProvisionedRouteTable table) =>
            table.Model ??= Recorder.RouteTable(IdentityOf(table, "RouteTable"), table.Name.IsKnown ? table.Name.Value : table.BicepIdentifier ?? "a route table", table.Declaration);

        public bool TryRead(Value? instance, string name, IPropertyReferenceOperation property, out Value? result)
        {
            result = (instance, name) switch
            {
                (ProvisionedRouteTable, "Id") => new IdValue(property.Syntax.ToString(), null, null, "Microsoft.Network/routeTables"),
                (ProvisionedRouteTable table, "Routes") => new ChildList(table),
                (ProvisionedRoute, "Id") => new IdValue(property.Syntax.ToString(), null, null, "Microsoft.Network/routeTables/routes"),
                (ProvisionedRoute { Owner: { } owner }, "Parent") => owner,
                _ => null,
            };
            return result != null;
        }

        public bool TryWrite(Value? instance, string name, Value? value, ISimpleAssignmentOperation assignment)
        {
            switch (instance)
            {
                case ProvisionedRouteTable table when name == "Name":
                    table.Name = Text(table, value, assignment.Value);
                    return true;
                case ProvisionedRouteTable table when name == "Routes":
                    // A whole list the code builds elsewhere: routes the analysis does not see only hide findings.
                    table.Escape();
                    return true;
                case ProvisionedRoute route:
                    WriteRoute(route, name, value, assignment);
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Adds each deployed route to its table.</summary>
        public void Complete()
        {
            foreach (var route in Resources.Routes)
            {
                if (route.Owner is { } table && route.IsDeployed)
                {
                    Recorder.AddRoute(ModelOf(table), route.Draft, route.Draft.Name);
                }
            }
        }

        private void WriteRoute(ProvisionedRoute route, string name, Value? value, ISimpleAssignmentOperation assignment)
        {
            var draft = route.Draft;
            switch (name)
            {
                case "Parent":
                    SetParent(route, value);
                    break;
                case "Name":
                    draft.Name = Text(route, value, assignment.Value);
                    break;
                case "AddressPrefix":
                    draft.AddressPrefix = Text(route, value, assignment.Value);
                    break;
                case "NextHopIPAddress":
                    draft.NextHopIpAddress = Text(route, value, assignment.Value);
                    break;
                case "NextHopType":
                    var member = NextHopTypeMember(assignment.Value);
                    draft.NextHopType = Evaluator.Definite(route, member != null, member!, assignment.Syntax.GetLocation());
                    break;
            }
        }

        /// <summary>
        /// <c>RouteNextHopType.VirtualAppliance</c>, converted to <c>BicepValue&lt;RouteNextHopType&gt;</c>: a plain C# enum
        /// whose member names are ARM's own strings.
        /// </summary>
        private string? NextHopTypeMember(IOperation value)
        {
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            return value is IFieldReferenceOperation { Field: { IsConst: true } field } && Is(field.ContainingType, Symbols.RouteNextHopType) ? field.Name : null;
        }
    }
}
