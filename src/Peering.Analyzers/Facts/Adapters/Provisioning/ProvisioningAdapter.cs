using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Facts.Adapters.AzureCore;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Facts.Recording;
using Peering.Analyzers.Symbols;

namespace Peering.Analyzers.Facts.Adapters.Provisioning
{
    /// <summary>
    /// The adapter for <c>Azure.Provisioning.Network</c> (with the <c>Azure.Provisioning</c> core), the library that builds
    /// Bicep from C#: which objects are VNets, peerings, subnets, route tables and routes, what their members set, which
    /// values are literals (known) and which are parameters or expressions (unknown), and that <c>infra.Add(resource)</c>
    /// deploys a resource. A program declares its resources; they are deployed as they stand once the code has run, so
    /// <see cref="Complete"/> hands them to the recorder at the end of the code. The work is split by resource:
    /// <see cref="ProvisioningNetworks"/>, <see cref="ProvisioningPeerings"/>, <see cref="ProvisioningRoutes"/>.
    /// </summary>
    internal sealed class ProvisioningAdapter : ProvisioningPart, ISdkAdapter, IDeclarativeAdapter
    {
        private readonly ProvisioningNetworks networks;
        private readonly ProvisioningPeerings peerings;
        private readonly ProvisioningRoutes routes;

        public ProvisioningAdapter(ProvisioningSymbols symbols, AzureCoreValues core, ValueEvaluator evaluator, FactRecorder recorder)
            : base(symbols, core, evaluator, recorder, new ProvisionedResources())
        {
            networks = new ProvisioningNetworks(symbols, core, evaluator, recorder, Resources);
            peerings = new ProvisioningPeerings(symbols, core, evaluator, recorder, Resources);
            routes = new ProvisioningRoutes(symbols, core, evaluator, recorder, Resources);
        }

        public bool TryCreate(IObjectCreationOperation creation, out Value? created)
        {
            if (Core.TryCreate(creation, out created))
            {
                return true;
            }

            var type = creation.Type;
            if (type is INamedTypeSymbol { TypeArguments.Length: 1 } bicepValue && Is(bicepValue.OriginalDefinition, Symbols.BicepValue) && creation.Arguments.Length == 1
                && SymbolEqualityComparer.Default.Equals(creation.Arguments[0].Parameter?.Type, bicepValue.TypeArguments[0]))
            {
                // new BicepValue<bool>(true): the literal itself.
                created = Evaluator.Eval(creation.Arguments[0].Value);
                return true;
            }

            if (!IsLibraryType(type))
            {
                return false;
            }

            created = Resource(type, creation.Arguments, builtHere: true, creation) ?? Construct(creation.Arguments);
            return true;
        }

        public bool TryInvoke(IInvocationOperation invocation, out Value? result)
        {
            if (Core.TryInvoke(invocation, out result))
            {
                return true;
            }

            var method = invocation.TargetMethod;
            if (method.IsStatic && method.Name == "FromExisting" && IsLibraryType(method.ContainingType))
            {
                result = Resource(method.ContainingType, invocation.Arguments, builtHere: false, invocation) ?? Construct(invocation.Arguments);
                return true;
            }

            if (!method.IsStatic && method.Name is "Add" or "Remove" && AzureNetworkSymbols.DerivesFrom(method.ContainingType, Symbols.Infrastructure) && invocation.Arguments.Length == 1)
            {
                Evaluator.Eval(invocation.Instance);
                var resource = Evaluator.Eval(invocation.Arguments[0].Value);
                if (method.Name == "Add" && resource is ProvisionedResource added)
                {
                    added.MarkAdded(invocation.Syntax.GetLocation(), conditional: Evaluator.Depth > 0);
                }
                else
                {
                    ValueEvaluator.Escape(resource);
                }

                return true;
            }

            return TryReadCallbacks(invocation);
        }

        public bool TryInvokeOn(Value receiver, IInvocationOperation invocation, out Value? result)
        {
            result = null;
            switch (receiver)
            {
                case PrefixListValue list:
                    PrefixListEdits.Apply(list, invocation, Evaluator, Recorder);
                    return true;
                case SubnetNamesValue names:
                    PeeringSettings.EditSubnetNames(Evaluator, names, invocation);
                    return true;
                case ChildList list when invocation.TargetMethod.Name == "Add" && invocation.Arguments.Length == 1:
                    ProvisioningNetworks.AddChild(list, Evaluator.Eval(invocation.Arguments[0].Value), conditional: Evaluator.Depth > 0);
                    return true;
                case ChildList list:
                    Evaluator.EscapeArguments(invocation);
                    list.Escape();
                    return true;
                case ProvisionedResource or OtherConstruct when IsLibraryType(invocation.TargetMethod.ContainingType) || receiver is OtherConstruct:
                    // The library's own methods (Build, a list's Add) read what they are given and change nothing the analysis follows.
                    foreach (var argument in invocation.Arguments)
                    {
                        Evaluator.Eval(argument.Value);
                    }

                    return true;
                default:
                    return false;
            }
        }

        public bool TryRead(Value? instance, IPropertyReferenceOperation property, out Value? result)
        {
            var name = property.Property.Name;
            result = Core.StaticValue(property.Property);
            if (result != null
                || networks.TryRead(instance, name, property, out result)
                || peerings.TryRead(instance, name, property, out result)
                || routes.TryRead(instance, name, property, out result))
            {
                return true;
            }

            // Any other member of a resource or construct of the library: a value the analysis does not follow, whose
            // own members are not followed either.
            result = instance is ProvisionedResource or OtherConstruct ? OtherConstruct.Instance : null;
            return result != null;
        }

        public bool TryWrite(Value? instance, IPropertyReferenceOperation property, Value? value, ISimpleAssignmentOperation assignment)
        {
            var name = property.Property.Name;
            return networks.TryWrite(instance, name, value, assignment)
                || peerings.TryWrite(instance, name, value, assignment)
                || routes.TryWrite(instance, name, value, assignment)
                || instance is OtherConstruct || instance is ProvisionedResource;
        }

        /// <summary>
        /// A region from a string; and a parameter, output or other construct converted to a value (<c>UseRemoteGateways =
        /// useGateways</c>) is a value known only when deployed.
        /// </summary>
        public Value? Convert(Value? value, ITypeSymbol type) =>
            value is OtherConstruct && !IsLibraryType(type) && !AzureNetworkSymbols.DerivesFrom(type, Symbols.Resource) ? null : Core.Convert(value, type);

        /// <summary>A VNet handed in is one VNet throughout the block (a field or property: throughout the compilation).</summary>
        public Value? FromOutside(ISymbol symbol, ITypeSymbol? type) =>
            Is(type, Symbols.Network) ? networks.FromOutside(symbol) : null;

        public Value? ElementOf(Value? collection) => null;

        /// <summary>
        /// At the end of the code, hands the recorder what the program deploys: its VNets (region, prefixes, route tables,
        /// possible gateways), their peerings as they stand, and the routes of its tables.
        /// </summary>
        public void Complete()
        {
            networks.Complete(routes.ModelOf);
            routes.Complete();
            peerings.Complete(networks.ModelOf);
        }

        /// <summary>A type of the library's own assemblies (resources, models, lists, parameters, infrastructures).</summary>
        private bool IsLibraryType(ITypeSymbol? type)
        {
            var assembly = type?.ContainingAssembly;
            return assembly != null
                && (SymbolEqualityComparer.Default.Equals(assembly, Symbols.NetworkAssembly) || SymbolEqualityComparer.Default.Equals(assembly, Symbols.Infrastructure?.ContainingAssembly));
        }

        /// <summary>A VNet, peering, subnet, route table or route; null for any other type.</summary>
        private Value? Resource(ITypeSymbol? type, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, bool builtHere, IOperation site)
        {
            Value? resource = type switch
            {
                _ when Is(type, Symbols.Network) => networks.Network(IdentifierArgument(arguments), builtHere, site),
                _ when Is(type, Symbols.Peering) => peerings.Peering(IdentifierArgument(arguments), builtHere, site),
                _ when Is(type, Symbols.Subnet) => networks.Subnet(IdentifierArgument(arguments), builtHere, site),
                _ when Is(type, Symbols.RouteTable) => routes.Table(IdentifierArgument(arguments), builtHere, site),
                _ when Is(type, Symbols.Route) && builtHere => routes.Route(IdentifierArgument(arguments), site),
                _ when Is(type, Symbols.AddressSpace) => new AddressSpaceObject(null, Evaluator.Depth),
                _ => null,
            };
            return resource;
        }

        /// <summary>Any other object of the library: its arguments are read, and what it holds stays the program's.</summary>
        private Value Construct(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (var argument in arguments)
            {
                Evaluator.Eval(argument.Value);
            }

            return OtherConstruct.Instance;
        }

        /// <summary>
        /// A call handed a callback that receives an <c>Infrastructure</c> (Aspire's <c>ConfigureInfrastructure(infra =&gt; ...)</c>):
        /// the callback's body is read where the call is, as code that may run, since whoever calls it is not in view.
        /// </summary>
        private bool TryReadCallbacks(IInvocationOperation invocation)
        {
            var callbacks = new List<IAnonymousFunctionOperation>();
            foreach (var argument in invocation.Arguments)
            {
                if (Unconverted(argument.Value) is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }
                    && lambda.Symbol.Parameters.Length > 0 && AzureNetworkSymbols.DerivesFrom(lambda.Symbol.Parameters[0].Type, Symbols.Infrastructure))
                {
                    callbacks.Add(lambda);
                }
            }

            if (callbacks.Count == 0)
            {
                return false;
            }

            ValueEvaluator.Escape(Evaluator.Eval(invocation.Instance));
            Evaluator.EscapeArguments(invocation);
            foreach (var callback in callbacks)
            {
                Evaluator.Nested(() => ReadCallbackBody(callback.Body));
            }

            return true;
        }

        /// <summary>The callback's statements; its own returns are not those of a method the evaluator may be following.</summary>
        private void ReadCallbackBody(IBlockOperation body)
        {
            foreach (var statement in body.Operations)
            {
                if (statement is IReturnOperation returned)
                {
                    ValueEvaluator.Escape(Evaluator.Eval(returned.ReturnedValue));
                }
                else
                {
                    Evaluator.Exec(statement);
                }
            }
        }

        private static IOperation Unconverted(IOperation value)
        {
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            return value;
        }
    }
}
