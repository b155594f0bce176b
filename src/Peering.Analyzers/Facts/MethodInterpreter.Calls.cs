using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Symbols;
using Peering.Rules.Identity;

namespace Peering.Analyzers.Facts
{
    /// <summary>Object creation and the SDK calls that create, fetch and write VNets and peerings.</summary>
    internal sealed partial class MethodInterpreter
    {
        private readonly System.Collections.Generic.Dictionary<ISymbol, ResourceIdentity> scopes = new System.Collections.Generic.Dictionary<ISymbol, ResourceIdentity>(SymbolEqualityComparer.Default);

        private Value? Create(IObjectCreationOperation creation)
        {
            var type = creation.Type;
            var location = creation.Syntax.GetLocation();
            Value? created;
            if (AzureNetworkSymbols.Is(type, symbols.PeeringData))
            {
                var peering = new PeeringDataObject(depth, location, createdHere: true);
                peeringObjects.Add(peering);
                created = peering;
            }
            else if (AzureNetworkSymbols.Is(type, symbols.NetworkData))
            {
                created = new NetworkDataObject(depth, location, null);
            }
            else if (AzureNetworkSymbols.Is(type, symbols.AddressSpace))
            {
                created = new AddressSpaceObject(null, depth);
            }
            else if (AzureNetworkSymbols.Is(type, symbols.SubnetData))
            {
                created = new SubnetObject();
            }
            else if (AzureNetworkSymbols.Is(type, symbols.RouteTableData))
            {
                created = new RouteTableDataObject();
            }
            else if (AzureNetworkSymbols.Is(type, symbols.RouteData))
            {
                created = new RouteObject(depth, location);
            }
            else if (AzureNetworkSymbols.Is(type, symbols.GatewayData))
            {
                created = new GatewayDataObject();
            }
            else if (AzureNetworkSymbols.Is(type, symbols.GatewayIpConfiguration))
            {
                created = new GatewayIpConfigurationObject();
            }
            else if (AzureNetworkSymbols.Is(type, symbols.WritableSubResource))
            {
                created = new SubResourceValue(null);
            }
            else if (AzureNetworkSymbols.Is(type, symbols.ResourceIdentifier) && creation.Arguments.Length == 1)
            {
                return Eval(creation.Arguments[0].Value) is StringValue text ? IdFromText(text.Text) : null;
            }
            else if (AzureNetworkSymbols.Is(type, symbols.AzureLocation) && creation.Arguments.Length >= 1)
            {
                return Eval(creation.Arguments[0].Value) is StringValue name ? Region(name.Text) : null;
            }
            else if (IsListOf(type) && creation.Arguments.Length == 0 && creation.Initializer != null)
            {
                return ListFromInitializer(creation.Initializer);
            }
            else
            {
                EvalChildren(creation);
                return null;
            }

            if (creation.Initializer != null)
            {
                created = Initialize(created, creation.Initializer);
            }

            return created;
        }

        /// <summary>Runs an object or collection initializer against <paramref name="target"/>.</summary>
        private Value? Initialize(Value? target, IObjectOrCollectionInitializerOperation initializer)
        {
            initializerTargets.Push(target);
            try
            {
                foreach (var member in initializer.Initializers)
                {
                    if (member is IMemberInitializerOperation nested)
                    {
                        var inner = Eval(nested.InitializedMember);
                        Initialize(inner, nested.Initializer);
                    }
                    else
                    {
                        Eval(member);
                    }
                }
            }
            finally
            {
                initializerTargets.Pop();
            }

            // A sub-resource is immutable enough here to rebuild with the id its initializer set.
            return target is SubResourceValue ? new SubResourceValue(LastSubResourceId(initializer)) : target;
        }

        private Value? LastSubResourceId(IObjectOrCollectionInitializerOperation initializer)
        {
            Value? id = null;
            foreach (var member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Id" } } assignment)
                {
                    id = Eval(assignment.Value);
                }
            }

            return id;
        }

        private Value? Invoke(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var type = method.ContainingType;
            if (method.IsStatic && method.Name == "CreateResourceIdentifier" && AzureNetworkSymbols.DerivesFrom(type, symbols.ArmResource))
            {
                return CreateResourceIdentifier(invocation);
            }

            if (AzureNetworkSymbols.Is(type, symbols.PeeringCollection) && method.Name is "CreateOrUpdate" or "CreateOrUpdateAsync")
            {
                WritePeering(invocation, Eval(invocation.Instance) as PeeringCollectionValue, Argument(invocation, "virtualNetworkPeeringName"));
                return null;
            }

            if (AzureNetworkSymbols.Is(type, symbols.PeeringResource) && method.Name is "Update" or "UpdateAsync")
            {
                Eval(invocation.Instance);
                WritePeering(invocation, null, null);
                return null;
            }

            if (AzureNetworkSymbols.Is(type, symbols.NetworkCollection))
            {
                return NetworkCollectionCall(invocation, Eval(invocation.Instance) as NetworkCollectionValue);
            }

            if (AzureNetworkSymbols.Is(type, symbols.NetworkResource))
            {
                return NetworkResourceCall(invocation);
            }

            if (AzureNetworkSymbols.Is(type, symbols.SubnetCollection))
            {
                return SubnetCollectionCall(invocation);
            }

            if (AzureNetworkSymbols.Is(type, symbols.GatewayCollection))
            {
                return GatewayCollectionCall(invocation);
            }

            if (AzureNetworkSymbols.Is(type, symbols.RouteTableCollection))
            {
                return RouteTableCollectionCall(invocation);
            }

            if (AzureNetworkSymbols.Is(type, symbols.RouteTableResource) || AzureNetworkSymbols.Is(type, symbols.RouteCollection))
            {
                return RouteCall(invocation);
            }

            if (AzureNetworkSymbols.Is(type, symbols.NetworkExtensions))
            {
                return ExtensionCall(invocation);
            }

            if (method.IsStatic && method.Name == "Parse" && AzureNetworkSymbols.Is(type, symbols.ResourceIdentifier) && invocation.Arguments.Length == 1)
            {
                return Eval(invocation.Arguments[0].Value) is StringValue text ? IdFromText(text.Text) : null;
            }

            if (method.Name is "GetResourceGroup" or "GetResourceGroupAsync" && AzureNetworkSymbols.Is(type, symbols.SubscriptionResource))
            {
                Eval(invocation.Instance);
                return Eval(Argument(invocation, "resourceGroupName")) is StringValue groupName ? new ResourceGroupValue(groupName.Text) : null;
            }

            if (TryInline(invocation, out var returned))
            {
                return returned;
            }

            var receiver = Eval(invocation.Instance);
            switch (receiver)
            {
                case PrefixListValue list:
                    EditPrefixes(list, invocation);
                    return null;
                case RouteListValue routes when method.Name == "Add" && invocation.Arguments.Length == 1:
                    if (Eval(invocation.Arguments[0].Value) is RouteObject route)
                    {
                        routes.Owner.Routes.Add(route);
                    }

                    return null;
                case SubnetListValue subnets when method.Name == "Add" && invocation.Arguments.Length == 1:
                    if (Eval(invocation.Arguments[0].Value) is SubnetObject subnet)
                    {
                        subnets.Owner.Subnets.Add(subnet);
                    }

                    return null;
                case GatewayIpConfigurationsValue configurations when method.Name == "Add" && invocation.Arguments.Length == 1:
                    if (Eval(invocation.Arguments[0].Value) is GatewayIpConfigurationObject { Network: { } network })
                    {
                        configurations.Owner.Networks.Add(network);
                    }

                    return null;
                case InlinePeeringsValue inline when method.Name == "Add" && invocation.Arguments.Length == 1:
                    if (Eval(invocation.Arguments[0].Value) is PeeringDataObject peering)
                    {
                        AddInlinePeering(inline.Owner, peering);
                    }

                    return null;
            }

            Escape(receiver);
            EscapeArguments(invocation);
            return null;
        }

        private static IArgumentOperation? Argument(IInvocationOperation invocation, string parameterName)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name == parameterName)
                {
                    return argument;
                }
            }

            return null;
        }

        /// <summary>True when the call passes <c>SyncRemoteAddressSpace.True</c>, or a value that may be it.</summary>
        private bool PassesSync(IInvocationOperation invocation)
        {
            var argument = Argument(invocation, "syncRemoteAddressSpace");
            if (argument == null || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                return false;
            }

            // Any value but null is a sync (the type has the single value "true", also reachable from a string);
            // unknown counts as a sync too: the analysis must not claim a sync is missing when it may be there.
            return Eval(argument.Value) is not NullValue;
        }

        private Value? ExtensionCall(IInvocationOperation invocation)
        {
            var name = invocation.TargetMethod.Name;
            var receiver = invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null;
            switch (name)
            {
                case "GetVirtualNetworks" when receiver != null:
                    return new NetworkCollectionValue(ScopeOf(receiver));
                case "GetVirtualNetwork" or "GetVirtualNetworkAsync" when receiver != null:
                    return FetchedNetwork(ScopeOf(receiver), Argument(invocation, "virtualNetworkName"), invocation);
                case "GetVirtualNetworkResource":
                    return NetworkFromId(Eval(Argument(invocation, "id")) as IdValue, invocation);
                case "GetRouteTables" when receiver != null:
                    return new RouteTableCollectionValue(ScopeOf(receiver));
                case "GetRouteTable" or "GetRouteTableAsync" when receiver != null:
                    var scope = ScopeOf(receiver);
                    var tableName = Eval(Argument(invocation, "routeTableName")) as StringValue;
                    return new RouteTableValue(TableByName(scope, tableName?.Text, invocation));
                case "GetVirtualNetworkGateways" when receiver != null:
                    Eval(receiver);
                    return GatewayCollectionValue.Instance;
                default:
                    EscapeArguments(invocation);
                    return null;
            }
        }

        private Value? NetworkCollectionCall(IInvocationOperation invocation, NetworkCollectionValue? collection)
        {
            var scope = collection?.Scope;
            switch (invocation.TargetMethod.Name)
            {
                case "CreateOrUpdate" or "CreateOrUpdateAsync":
                    return WriteNetwork(invocation, scope);
                case "Get" or "GetAsync":
                    return FetchedNetwork(scope, Argument(invocation, "virtualNetworkName"), invocation);
                default:
                    // The receiver was evaluated by the caller; only the arguments remain.
                    EscapeArguments(invocation);
                    return null;
            }
        }

        private Value? NetworkResourceCall(IInvocationOperation invocation)
        {
            var resource = Eval(invocation.Instance) as NetworkResourceValue;
            switch (invocation.TargetMethod.Name)
            {
                case "GetVirtualNetworkPeerings":
                    return new PeeringCollectionValue(resource?.Network);
                case "Get" or "GetAsync":
                    return resource;
                case "GetSubnets" or "GetSubnet" or "GetSubnetAsync" when resource != null:
                    EscapeArguments(invocation);
                    return new SubnetOfNetworkValue(resource.Network);
                default:
                    EscapeArguments(invocation);
                    return null;
            }
        }

        /// <summary>
        /// Which resource group a VNets collection belongs to: the group's name when the code states it; else the
        /// parameter, field or property that holds it (a resource group passed around under one name is taken to be one
        /// group across the compilation); else the local variable, a group of its own inside this method.
        /// </summary>
        private ResourceIdentity? ScopeOf(IOperation receiver)
        {
            if (Eval(receiver) is ResourceGroupValue group)
            {
                return ResourceIdentity.Named(group.Name, null);
            }

            var symbol = receiver switch
            {
                IConversionOperation conversion => SymbolOf(conversion.Operand),
                _ => SymbolOf(receiver),
            };
            switch (symbol)
            {
                case null:
                    return null;
                case IParameterSymbol parameter:
                    return ResourceIdentity.HeldBy("parameter " + parameter.Name);
                case IFieldSymbol or IPropertySymbol:
                    return ResourceIdentity.HeldBy("member " + symbol.ToDisplayString());
            }

            if (!scopes.TryGetValue(symbol, out var scope))
            {
                scope = ResourceIdentity.Unique(symbol.Name);
                scopes.Add(symbol, scope);
            }

            return scope;
        }

        private static ISymbol? SymbolOf(IOperation operation) => operation switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation { Property.Parameters.Length: 0 } property => property.Property,
            _ => null,
        };
    }
}
