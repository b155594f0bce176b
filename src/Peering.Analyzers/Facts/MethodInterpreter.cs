using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Symbols;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts
{
    /// <summary>
    /// Walks one method body in execution order and records the peering facts it establishes: objects created
    /// and configured, VNets created or fetched, peerings written, address-space edits. It is deliberately
    /// simple and sound: a write that may not run (in a branch or loop deeper than the object's creation),
    /// or an object handed to code it cannot see, makes the affected facts unknown, and unknown never reports.
    /// </summary>
    internal sealed partial class MethodInterpreter
    {
        private readonly AzureNetworkSymbols symbols;
        private readonly CompilationCode? code;
        private readonly CancellationToken cancellationToken;
        private readonly Dictionary<ISymbol, Binding> bindings = new Dictionary<ISymbol, Binding>(SymbolEqualityComparer.Default);
        private readonly Dictionary<ResourceIdentity, VirtualNetwork> networks = new Dictionary<ResourceIdentity, VirtualNetwork>();
        private readonly Stack<Value?> initializerTargets = new Stack<Value?>();
        private readonly Topology topology = new Topology();
        private int depth;
        private int step;

        /// <param name="symbols">The SDK's types in this compilation.</param>
        /// <param name="code">The compilation's code to follow calls into; null to read the method on its own.</param>
        /// <param name="cancellationToken">Stops the binding of followed code.</param>
        public MethodInterpreter(AzureNetworkSymbols symbols, CompilationCode? code = null, CancellationToken cancellationToken = default)
        {
            this.symbols = symbols;
            this.code = code;
            this.cancellationToken = cancellationToken;
        }

        /// <summary>Interprets one operation block (a method body, an initializer) into its facts.</summary>
        public BlockFacts Read(IOperation block)
        {
            Exec(block);
            Finish();
            return new BlockFacts(topology, syncedWriteTargets, followedMethods, metCompilationCode);
        }

        private void Exec(IOperation? operation)
        {
            switch (operation)
            {
                case null:
                    return;
                case IBlockOperation block:
                    foreach (var statement in block.Operations)
                    {
                        Exec(statement);
                    }

                    return;
                case IVariableDeclarationGroupOperation group:
                    foreach (var declaration in group.Declarations)
                    {
                        foreach (var declarator in declaration.Declarators)
                        {
                            var initializer = declarator.Initializer ?? declaration.Initializer;
                            Declare(declarator.Symbol, initializer == null ? null : Eval(initializer.Value));
                        }
                    }

                    return;
                case IExpressionStatementOperation statement:
                    Eval(statement.Operation);
                    return;
                case IConditionalOperation conditional:
                    Eval(conditional.Condition);
                    Nested(() =>
                    {
                        Exec(conditional.WhenTrue);
                        Exec(conditional.WhenFalse);
                    });
                    return;
                case ITryOperation attempt:
                    Exec(attempt.Body);
                    Nested(() =>
                    {
                        foreach (var handler in attempt.Catches)
                        {
                            Exec(handler.Handler);
                        }

                        Exec(attempt.Finally);
                    });
                    return;
                case IReturnOperation ret:
                    Return(ret);
                    return;
                case IForEachLoopOperation forEach:
                    ForEach(forEach);
                    return;
                case ILocalFunctionOperation localFunction:
                    EscapeCaptured(localFunction);
                    return;
                case ILoopOperation or ISwitchOperation or IUsingOperation or ILockOperation:
                    Nested(() => EvalChildren(operation));
                    return;
                default:
                    Eval(operation);
                    return;
            }
        }

        private Value? Eval(IOperation? operation)
        {
            switch (operation)
            {
                case null:
                    return null;
                case IBlockOperation or IVariableDeclarationGroupOperation or IExpressionStatementOperation or ILoopOperation or ITryOperation or ISwitchOperation:
                    Exec(operation);
                    return null;
                case IConversionOperation conversion:
                    return Convert(Eval(conversion.Operand), conversion.Type);
                case { ConstantValue.HasValue: true }:
                    return Constant(operation.ConstantValue.Value);
                case ILocalReferenceOperation local:
                    return Lookup(local.Local, local.Type);
                case IParameterReferenceOperation parameter:
                    return Lookup(parameter.Parameter, parameter.Type);
                case IFieldReferenceOperation field:
                    return Eval(field.Instance) is TupleValue owner ? TupleElement(owner, field.Field) : Lookup(field.Field, field.Type);
                case ITupleOperation tuple:
                    return new TupleValue(EvalAll(tuple.Elements));
                case IArrayCreationOperation array:
                    return ArrayFromInitializer(array);
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }:
                    return initializerTargets.Count > 0 ? initializerTargets.Peek() : null;
                case IPropertyReferenceOperation property:
                    return ReadProperty(property);
                case ISimpleAssignmentOperation assignment:
                    return Assign(assignment);
                case IInvocationOperation invocation:
                    return Invoke(invocation);
                case IObjectCreationOperation creation:
                    return Create(creation);
                case IAwaitOperation awaited:
                    return Eval(awaited.Operation);
                case IArgumentOperation argument:
                    return Eval(argument.Value);
                case IInterpolatedStringOperation interpolated:
                    return Interpolate(interpolated);
                case IBinaryOperation binary:
                    return Binary(binary);
                case IConditionalOperation conditional:
                    Eval(conditional.Condition);
                    Nested(() =>
                    {
                        Escape(Eval(conditional.WhenTrue));
                        Escape(Eval(conditional.WhenFalse));
                    });
                    return null;
                case ICoalesceOperation coalesce:
                    Escape(Eval(coalesce.Value));
                    Nested(() => Escape(Eval(coalesce.WhenNull)));
                    return null;
                case IConditionalAccessOperation conditionalAccess:
                    Escape(Eval(conditionalAccess.Operation));
                    Nested(() => Escape(Eval(conditionalAccess.WhenNotNull)));
                    return null;
                case IAnonymousFunctionOperation lambda:
                    EscapeCaptured(lambda);
                    return null;
                case IMemberInitializerOperation or IObjectOrCollectionInitializerOperation:
                    // Only reached through Create, which sets the receiver; nothing to do on its own.
                    return null;
                default:
                    EvalChildren(operation);
                    return null;
            }
        }

        /// <summary>Unrecognised code: evaluate its parts for their side effects; what it receives escapes.</summary>
        private void EvalChildren(IOperation operation)
        {
            foreach (var child in operation.ChildOperations)
            {
                if (child is IBlockOperation or IVariableDeclarationGroupOperation or IExpressionStatementOperation)
                {
                    Exec(child);
                }
                else
                {
                    Escape(Eval(child));
                }
            }
        }

        private void Nested(System.Action action)
        {
            depth++;
            try
            {
                action();
            }
            finally
            {
                depth--;
            }
        }

        private void Declare(ISymbol symbol, Value? value) => bindings[symbol] = new Binding(value, depth);

        private Value? Lookup(ISymbol symbol, ITypeSymbol? type)
        {
            if (bindings.TryGetValue(symbol, out var binding))
            {
                return binding.Value;
            }

            if (symbol is IFieldSymbol { IsStatic: true, IsReadOnly: true } field && CompilationCodeOf(field) != null)
            {
                return InitialValue(field);
            }

            // A VNet resource that arrives from outside (a parameter, a field) is still one VNet throughout
            // the method, so a peering from it to itself is recognisable even though nothing else is known.
            if (AzureNetworkSymbols.Is(type, symbols.NetworkResource))
            {
                // A field is the same VNet in every method; a parameter or local only within this block.
                var identity = symbol is IFieldSymbol or IPropertySymbol ? ResourceIdentity.HeldBy("member " + symbol.ToDisplayString()) : ResourceIdentity.Unique(symbol.Name);
                var network = NetworkFor(identity, symbol.Name, null);
                var resource = new NetworkResourceValue(network, null);
                bindings[symbol] = new Binding(resource, 0);
                return resource;
            }

            return null;
        }

        private void Bind(ISymbol symbol, Value? value)
        {
            // A variable assigned in a branch or loop may or may not hold the new value afterwards.
            var declaredDepth = bindings.TryGetValue(symbol, out var existing) ? existing.Depth : 0;
            bindings[symbol] = new Binding(depth > declaredDepth ? null : value, declaredDepth);
        }

        /// <summary>The object may be read or changed by code the interpreter does not follow.</summary>
        private void Escape(Value? value)
        {
            switch (value)
            {
                case PeeringDataObject peering when !peering.Escaped:
                    if (!peering.Written && peering.BeforeEscape == null)
                    {
                        peering.BeforeEscape = peering.Snapshot(null, peering.Name, written: false);
                    }

                    peering.Escaped = true;
                    peering.MakeUnknown();
                    break;
                case NetworkDataObject network:
                    network.Escaped = true;
                    network.Location = default;
                    network.Prefixes.Unknown = true;
                    break;
                case PrefixListValue list:
                    if (list.Tracker != null)
                    {
                        list.Tracker.Unknown = true;
                    }

                    Escape(list.Owner);
                    break;
                case AddressSpaceObject space:
                    space.Prefixes.Unknown = true;
                    Escape(space.Owner);
                    break;
                case SequenceValue sequence when !sequence.Escaped:
                    sequence.Escaped = true;
                    foreach (var item in sequence.Items)
                    {
                        Escape(item);
                    }

                    break;
                case TupleValue tuple:
                    foreach (var item in tuple.Items)
                    {
                        Escape(item);
                    }

                    break;
                case InlinePeeringsValue inline:
                    Escape(inline.Owner);
                    break;
                case NetworkResourceValue resource:
                    Escape(resource.Data);
                    break;
                case RouteObject route:
                    route.Name = default;
                    route.AddressPrefix = default;
                    route.NextHopType = default;
                    route.NextHopIpAddress = default;
                    break;
            }
        }

        private void EscapeCaptured(IOperation body)
        {
            foreach (var reference in body.Descendants())
            {
                switch (reference)
                {
                    case ILocalReferenceOperation local when bindings.TryGetValue(local.Local, out var binding):
                        Escape(binding.Value);
                        bindings[local.Local] = new Binding(null, binding.Depth);
                        break;
                    case IParameterReferenceOperation parameter when bindings.TryGetValue(parameter.Parameter, out var binding):
                        Escape(binding.Value);
                        break;
                }
            }
        }

        /// <summary>A fact from a write: known only when the write certainly runs and its value is known.</summary>
        private Fact<T> Definite<T>(TrackedObject target, bool known, T value, Location source) =>
            known && RunsWith(target) ? Fact<T>.Known(value, source) : Fact<T>.Unknown;

        /// <summary>True when code here runs whenever <paramref name="target"/> exists: not in a deeper branch or loop.</summary>
        private bool RunsWith(TrackedObject target) => depth <= target.Depth;

        private readonly struct Binding
        {
            public Binding(Value? value, int depth)
            {
                Value = value;
                Depth = depth;
            }

            public Value? Value { get; }

            public int Depth { get; }
        }
    }
}
