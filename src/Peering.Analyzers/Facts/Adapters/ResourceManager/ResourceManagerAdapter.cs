using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Facts.Adapters.AzureCore;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Facts.Recording;
using Peering.Analyzers.Symbols;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts.Adapters.ResourceManager
{
    /// <summary>
    /// The adapter for <c>Azure.ResourceManager.Network</c>, both shapes (before and after 1.16): which of its types and
    /// members mean VNet, peering, flag, address space, gateway, route, write and fetch. Types come from
    /// <see cref="AzureNetworkSymbols"/>, resolved once per compilation; members are matched by name, so a member that an
    /// SDK version lacks is simply never met. The work is split by resource: <see cref="ResourceManagerIds"/>,
    /// <see cref="ResourceManagerNetworks"/>, <see cref="ResourceManagerPeerings"/>, <see cref="ResourceManagerRoutes"/>.
    /// </summary>
    internal sealed class ResourceManagerAdapter : ResourceManagerPart, ISdkAdapter
    {
        private readonly AzureCoreValues core;
        private readonly ResourceManagerIds ids;
        private readonly ResourceManagerNetworks networks;
        private readonly ResourceManagerPeerings peerings;
        private readonly ResourceManagerRoutes routes;

        public ResourceManagerAdapter(AzureNetworkSymbols symbols, AzureCoreValues core, ValueEvaluator evaluator, FactRecorder recorder)
            : base(symbols, evaluator, recorder)
        {
            this.core = core;
            ids = new ResourceManagerIds(symbols, core, evaluator, recorder);
            networks = new ResourceManagerNetworks(symbols, evaluator, recorder);
            peerings = new ResourceManagerPeerings(symbols, evaluator, recorder);
            routes = new ResourceManagerRoutes(symbols, evaluator, recorder);
        }

        public bool TryCreate(IObjectCreationOperation creation, out Value? created)
        {
            if (core.TryCreate(creation, out created))
            {
                return true;
            }

            var type = creation.Type;
            var depth = Evaluator.Depth;
            var location = creation.Syntax.GetLocation();
            created = type switch
            {
                _ when Is(type, Symbols.PeeringData) => peerings.Create(creation),
                _ when Is(type, Symbols.NetworkData) => new NetworkDraft(depth, location, null),
                _ when Is(type, Symbols.AddressSpace) => new AddressSpaceObject(null, depth),
                _ when Is(type, Symbols.SubnetData) => new SubnetDraft(depth, location),
                _ when Is(type, Symbols.RouteTableData) => new RouteTableDraft(),
                _ when Is(type, Symbols.RouteData) => new RouteDraft(depth, location),
                _ when Is(type, Symbols.GatewayData) => new GatewayDraft(),
                _ when Is(type, Symbols.GatewayIpConfiguration) => new GatewayIpConfigurationObject(),
                _ when Is(type, Symbols.WritableSubResource) => new SubResourceValue(depth, location),
                _ => null,
            };
            return created != null;
        }

        public bool TryInvoke(IInvocationOperation invocation, out Value? result)
        {
            var method = invocation.TargetMethod;
            var type = method.ContainingType;
            var handled = true;
            if (core.TryInvoke(invocation, out result))
            {
                return true;
            }

            if (method.IsStatic && method.Name == "CreateResourceIdentifier" && AzureNetworkSymbols.DerivesFrom(type, Symbols.ArmResource))
            {
                result = ids.CreateResourceIdentifier(invocation);
            }
            else if (method.Name is "GetResourceGroup" or "GetResourceGroupAsync" && Is(type, Symbols.SubscriptionResource))
            {
                result = networks.ResourceGroup(invocation);
            }
            else if (Is(type, Symbols.PeeringCollection))
            {
                result = peerings.CollectionCall(invocation);
            }
            else if (Is(type, Symbols.PeeringResource))
            {
                result = peerings.ResourceCall(invocation);
            }
            else if (Is(type, Symbols.NetworkCollection))
            {
                result = networks.CollectionCall(invocation);
            }
            else if (Is(type, Symbols.NetworkResource))
            {
                result = NetworkResourceCall(invocation);
            }
            else if (Is(type, Symbols.SubnetCollection))
            {
                result = routes.SubnetCollectionCall(invocation);
            }
            else if (Is(type, Symbols.GatewayCollection))
            {
                result = routes.GatewayCollectionCall(invocation);
            }
            else if (Is(type, Symbols.RouteTableCollection))
            {
                result = routes.TableCollectionCall(invocation);
            }
            else if (Is(type, Symbols.RouteTableResource) || Is(type, Symbols.RouteCollection))
            {
                result = routes.RouteCall(invocation);
            }
            else if (Is(type, Symbols.NetworkExtensions))
            {
                result = ExtensionCall(invocation);
            }
            else
            {
                handled = false;
            }

            return handled;
        }

        public bool TryInvokeOn(Value receiver, IInvocationOperation invocation, out Value? result)
        {
            result = null;
            switch (receiver)
            {
                case PrefixListValue list:
                    networks.EditPrefixes(list, invocation);
                    return true;
                case InlinePeeringsValue inline when invocation.TargetMethod.Name == "Add" && invocation.Arguments.Length == 1:
                    peerings.AddInline(inline, invocation);
                    return true;
                case SubnetNamesValue names:
                    PeeringSettings.EditSubnetNames(Evaluator, names, invocation);
                    return true;
                default:
                    return routes.TryAdd(receiver, invocation);
            }
        }

        public bool TryRead(Value? instance, IPropertyReferenceOperation property, out Value? result)
        {
            var name = property.Property.Name;
            result = core.StaticValue(property.Property) ?? ids.StaticValue(property.Property);
            if (result != null)
            {
                return true;
            }

            switch (instance)
            {
                case NetworkResourceValue resource when name == "Data":
                    result = resource.Data ??= new NetworkDraft(0, property.Syntax.GetLocation(), resource.Network);
                    return true;
                case NetworkResourceValue resource when name == "Id":
                    result = new IdValue(property.Syntax.ToString(), resource.Network, null, ResourceManagerIds.VirtualNetworkType);
                    return true;
                case NetworkResourceValue or ResourceGroupValue or PeeringResourceValue when name == "Value":
                    result = instance;
                    return true;
                case PeeringResourceValue peering when name == "Data":
                    result = peerings.DataOf(peering, property);
                    return true;
                case PeeringDraft peering when PeeringSettings.SubnetNames(peering, name) is { } names:
                    result = names;
                    return true;
                case SubResourceValue sub when name == "Id":
                    result = sub.Id;
                    return true;
                case null or PeeringResourceValue when name == "Id" && AzureNetworkSymbols.DerivesFrom(property.Instance?.Type, Symbols.ArmResource):
                    result = ids.TypedResourceId(property);
                    return true;
            }

            return networks.TryRead(instance, name, property, out result) || routes.TryRead(instance, name, property, out result);
        }

        public bool TryWrite(Value? instance, IPropertyReferenceOperation property, Value? value, ISimpleAssignmentOperation assignment)
        {
            var name = property.Property.Name;
            switch (instance)
            {
                case PeeringDraft peering:
                    peerings.Write(peering, name, value, assignment);
                    return true;
                case SubResourceValue sub when name == "Id":
                    sub.Id = Evaluator.RunsWith(sub) ? value : null;
                    return true;
                default:
                    return networks.TryWrite(instance, name, value, assignment) || routes.TryWrite(instance, name, value, assignment);
            }
        }

        /// <summary>A string converted to <c>AzureLocation</c> is a region (<c>Location = "West US"</c>).</summary>
        public Value? Convert(Value? value, ITypeSymbol type) => core.Convert(value, type);

        /// <summary>
        /// A VNet resource or a peering resource handed in stays one resource throughout the method: a field is the same VNet
        /// in every method, a parameter or local only within this block.
        /// </summary>
        public Value? FromOutside(ISymbol symbol, ITypeSymbol? type)
        {
            if (Is(type, Symbols.PeeringResource))
            {
                return new PeeringResourceValue(null, Fact<string>.Unknown, 0);
            }

            if (!Is(type, Symbols.NetworkResource))
            {
                return null;
            }

            var identity = symbol is IFieldSymbol or IPropertySymbol ? ResourceIdentity.HeldBy("member " + symbol.ToDisplayString()) : ResourceIdentity.Unique(symbol.Name);
            return new NetworkResourceValue(Recorder.Network(identity, symbol.Name, null), null);
        }

        /// <summary>Each element of a loop over a VNet's peerings is one of its peerings, by a name the code does not know.</summary>
        public Value? ElementOf(Value? collection) =>
            collection is PeeringCollectionValue peeringsOfNetwork ? new PeeringResourceValue(peeringsOfNetwork.Parent, Fact<string>.Unknown, Evaluator.Depth) : null;

        private static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) => AzureNetworkSymbols.Is(type, expected);

        private Value? NetworkResourceCall(IInvocationOperation invocation)
        {
            var resource = Evaluator.Eval(invocation.Instance) as NetworkResourceValue;
            switch (invocation.TargetMethod.Name)
            {
                case "GetVirtualNetworkPeerings":
                    return new PeeringCollectionValue(resource?.Network);
                case "GetVirtualNetworkPeering" or "GetVirtualNetworkPeeringAsync":
                    return peerings.Fetched(resource?.Network, invocation);
                case "Get" or "GetAsync":
                    return resource;
                case "GetSubnets" or "GetSubnet" or "GetSubnetAsync" when resource != null:
                    Evaluator.EscapeArguments(invocation);
                    return new SubnetOfNetworkValue(resource.Network);
                default:
                    Evaluator.EscapeArguments(invocation);
                    return null;
            }
        }

        private Value? ExtensionCall(IInvocationOperation invocation)
        {
            var receiver = invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null;
            var network = networks.ExtensionCall(invocation, receiver, out var handled);
            if (handled)
            {
                return network;
            }

            switch (invocation.TargetMethod.Name)
            {
                case "GetRouteTables" when receiver != null:
                    return new RouteTableCollectionValue(networks.GroupOf(receiver));
                case "GetRouteTable" or "GetRouteTableAsync" when receiver != null:
                    var group = networks.GroupOf(receiver);
                    return new RouteTableValue(routes.TableByName(group, Evaluator.Text(Argument(invocation, "routeTableName")), invocation));
                case "GetVirtualNetworkGateways" when receiver != null:
                    Evaluator.Eval(receiver);
                    return GatewayCollectionValue.Instance;
                default:
                    Evaluator.EscapeArguments(invocation);
                    return null;
            }
        }
    }
}
