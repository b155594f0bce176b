using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts.Evaluation
{
    /// <summary>
    /// Walks code in execution order and tells what its expressions evaluate to: known values (literals, constants, strings
    /// built from them, locals, tuples, arrays and lists of known elements, the objects the libraries' adapters track),
    /// <see cref="NullValue"/>, or unknown (null). It is deliberately simple and sound: a write that may not run (in a
    /// branch or loop deeper than its object's creation) makes the fact unknown, an object handed to code the evaluator
    /// does not see escapes (<see cref="Value.Escape"/>), and unknown never reports. It knows C#, not any library: what a
    /// library's creations, calls and properties mean, the <see cref="ISdkAdapter"/>s say.
    /// </summary>
    internal sealed class ValueEvaluator
    {
        private readonly Dictionary<ISymbol, Binding> bindings = new Dictionary<ISymbol, Binding>(SymbolEqualityComparer.Default);
        private readonly Stack<Value?> initializerTargets = new Stack<Value?>();
        private readonly List<ISdkAdapter> adapters = new List<ISdkAdapter>();
        private readonly Sequences sequences;

        /// <param name="follower">Follows calls into the compilation's own code, when it is at hand.</param>
        public ValueEvaluator(CallFollower follower)
        {
            Follower = follower;
            follower.Attach(this);
            sequences = new Sequences(this);
        }

        public CallFollower Follower { get; }

        /// <summary>The control-flow nesting here: 0 at the top of the code, one more inside each branch, loop or handler.</summary>
        public int Depth { get; private set; }

        /// <summary>Adds the adapter of a library the code uses; each is asked in the order added.</summary>
        public void Use(ISdkAdapter adapter) => adapters.Add(adapter);

        /// <summary>Runs statements for their effects.</summary>
        public void Exec(IOperation? operation)
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
                    var returned = Eval(ret.ReturnedValue);
                    if (ret.Kind != OperationKind.Return || !Follower.Return(returned))
                    {
                        // Outside a followed call the returned object leaves the code the evaluator sees.
                        Escape(returned);
                    }

                    return;
                case IForEachLoopOperation forEach:
                    sequences.ForEach(forEach);
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

        /// <summary>What <paramref name="operation"/> evaluates to; null when unknown.</summary>
        public Value? Eval(IOperation? operation)
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
                    return Eval(field.Instance) is TupleValue owner ? Sequences.TupleElement(owner, field.Field) : Lookup(field.Field, field.Type);
                case ITupleOperation tuple:
                    return new TupleValue(sequences.EvalAll(tuple.Elements));
                case IArrayCreationOperation array:
                    return sequences.Array(array);
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
                    var awaitedValue = Eval(awaited.Operation);
                    return awaitedValue is PendingValue pending ? pending.Complete() : awaitedValue;
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

        /// <summary>The known text of <paramref name="operation"/>, or null.</summary>
        public string? Text(IOperation? operation) => (Eval(operation) as StringValue)?.Text;

        /// <summary>The object may be read or changed by code the evaluator does not follow.</summary>
        public static void Escape(Value? value) => value?.Escape();

        /// <summary>Evaluates the arguments of a call the evaluator does not follow: what they hand over escapes.</summary>
        public void EscapeArguments(IInvocationOperation invocation)
        {
            foreach (var argument in invocation.Arguments)
            {
                Escape(Eval(argument.Value));
            }
        }

        /// <summary>Runs <paramref name="action"/> one level deeper: what it writes may not happen.</summary>
        public void Nested(Action action)
        {
            Depth++;
            try
            {
                action();
            }
            finally
            {
                Depth--;
            }
        }

        /// <summary>True when code here runs whenever <paramref name="target"/> exists: not in a deeper branch or loop.</summary>
        public bool RunsWith(TrackedObject target) => Depth <= target.Depth;

        /// <summary>A fact from a write: known only when the write certainly runs and its value is known.</summary>
        public Fact<T> Definite<T>(TrackedObject target, bool known, T value, Location source) =>
            known && RunsWith(target) ? Fact<T>.Known(value, source) : Fact<T>.Unknown;

        /// <summary>Binds a local or parameter to its value, at the nesting of its declaration.</summary>
        public void Declare(ISymbol symbol, Value? value) => bindings[symbol] = new Binding(value, Depth);

        /// <summary>Evaluates a member's initializer as if at the top of the code, and keeps its value for the member.</summary>
        public Value? EvalInitializer(ISymbol member, IOperation initializer)
        {
            var saved = Depth;
            Depth = 0;
            try
            {
                var value = Eval(initializer);
                bindings[member] = new Binding(value, 0);
                return value;
            }
            finally
            {
                Depth = saved;
            }
        }

        /// <summary>The value already kept for <paramref name="member"/>, if any.</summary>
        public bool TryGetBound(ISymbol member, out Value? value)
        {
            var bound = bindings.TryGetValue(member, out var binding);
            value = binding.Value;
            return bound;
        }

        private Value? Lookup(ISymbol symbol, ITypeSymbol? type)
        {
            if (bindings.TryGetValue(symbol, out var binding))
            {
                return binding.Value;
            }

            if (symbol is IFieldSymbol { IsStatic: true, IsReadOnly: true } field && Follower.CodeOf(field) != null)
            {
                return Follower.InitialValue(field);
            }

            foreach (var adapter in adapters)
            {
                if (adapter.FromOutside(symbol, type) is { } outside)
                {
                    bindings[symbol] = new Binding(outside, 0);
                    return outside;
                }
            }

            return null;
        }

        private void Bind(ISymbol symbol, Value? value)
        {
            // A variable assigned in a branch or loop may or may not hold the new value afterwards.
            var declaredDepth = bindings.TryGetValue(symbol, out var existing) ? existing.Depth : 0;
            bindings[symbol] = new Binding(Depth > declaredDepth ? null : value, declaredDepth);
        }

        private Value? Convert(Value? value, ITypeSymbol? type)
        {
            if (type == null)
            {
                return value;
            }

            foreach (var adapter in adapters)
            {
                value = adapter.Convert(value, type);
            }

            return value;
        }

        private Value? ReadProperty(IPropertyReferenceOperation property)
        {
            var instance = Eval(property.Instance);
            if (instance is PendingValue pending)
            {
                // Task.Result waits for the write; the other members are the result's.
                if (property.Property.Name == "Result")
                {
                    return pending.Complete();
                }

                instance = pending.Result;
            }

            foreach (var argument in property.Arguments)
            {
                Escape(Eval(argument));
            }

            foreach (var adapter in adapters)
            {
                if (adapter.TryRead(instance, property, out var result))
                {
                    return result;
                }
            }

            return instance == null ? Follower.UserProperty(property.Property) : null;
        }

        private Value? Assign(ISimpleAssignmentOperation assignment)
        {
            switch (assignment.Target)
            {
                case ILocalReferenceOperation local:
                    var localValue = Eval(assignment.Value);
                    Bind(local.Local, localValue);
                    return localValue;
                case IParameterReferenceOperation parameter:
                    var parameterValue = Eval(assignment.Value);
                    Bind(parameter.Parameter, parameterValue);
                    return parameterValue;
                case IPropertyReferenceOperation property:
                    var instance = Eval(property.Instance);
                    var value = Eval(assignment.Value);
                    if (!Write(instance, property, value, assignment))
                    {
                        Escape(value);
                    }

                    return value;
                case IDiscardOperation:
                    // A discard hands the value to no code: a task dropped so is never waited for.
                    return Eval(assignment.Value);
                default:
                    var assigned = Eval(assignment.Value);
                    Escape(assigned);
                    EvalChildren(assignment.Target);
                    return assigned;
            }
        }

        private bool Write(Value? instance, IPropertyReferenceOperation property, Value? value, ISimpleAssignmentOperation assignment)
        {
            foreach (var adapter in adapters)
            {
                if (adapter.TryWrite(instance, property, value, assignment))
                {
                    return true;
                }
            }

            return false;
        }

        private Value? Invoke(IInvocationOperation invocation)
        {
            foreach (var adapter in adapters)
            {
                if (adapter.TryInvoke(invocation, out var result))
                {
                    return result;
                }
            }

            if (Follower.TryFollow(invocation, out var returned))
            {
                return returned;
            }

            var receiver = Eval(invocation.Instance);
            if (receiver is PendingValue && invocation.TargetMethod.Name == "ConfigureAwait")
            {
                // Where the continuation runs does not change what the task is.
                EscapeArguments(invocation);
                return receiver;
            }

            if (receiver != null)
            {
                foreach (var adapter in adapters)
                {
                    if (adapter.TryInvokeOn(receiver, invocation, out var result))
                    {
                        return result;
                    }
                }
            }

            Escape(receiver);
            EscapeArguments(invocation);
            return null;
        }

        private Value? Create(IObjectCreationOperation creation)
        {
            foreach (var adapter in adapters)
            {
                if (adapter.TryCreate(creation, out var created))
                {
                    return creation.Initializer == null ? created : Initialize(created, creation.Initializer);
                }
            }

            if (Sequences.IsList(creation.Type) && creation.Arguments.Length == 0 && creation.Initializer != null)
            {
                return sequences.List(creation.Initializer);
            }

            EvalChildren(creation);
            return null;
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
                        Initialize(Eval(nested.InitializedMember), nested.Initializer);
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

            return target;
        }

        /// <summary>Unrecognised code: evaluate its parts for their side effects; what it receives escapes.</summary>
        public void EvalChildren(IOperation operation)
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

        private static Value? Constant(object? constant) => constant switch
        {
            string text => new StringValue(text),
            bool flag => flag ? BoolValue.True : BoolValue.False,
            null => NullValue.Instance,
            _ => null,
        };

        private Value? Interpolate(IInterpolatedStringOperation interpolated)
        {
            var text = new StringBuilder();
            var known = true;
            foreach (var part in interpolated.Parts)
            {
                switch (part)
                {
                    case IInterpolatedStringTextOperation literal:
                        text.Append(literal.Text.ConstantValue.Value as string);
                        break;
                    case IInterpolationOperation { Alignment: null, FormatString: null } hole when Eval(hole.Expression) is StringValue value:
                        text.Append(value.Text);
                        break;
                    default:
                        EvalChildren(part);
                        known = false;
                        break;
                }
            }

            return known ? new StringValue(text.ToString()) : null;
        }

        private Value? Binary(IBinaryOperation binary)
        {
            var left = Eval(binary.LeftOperand);
            if (binary.OperatorKind is BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr)
            {
                Nested(() => Escape(Eval(binary.RightOperand)));
                return null;
            }

            var right = Eval(binary.RightOperand);
            return binary.OperatorKind == BinaryOperatorKind.Add && left is StringValue l && right is StringValue r
                ? new StringValue(l.Text + r.Text)
                : null;
        }

        /// <summary>What each element of a loop over <paramref name="collection"/> is, when an adapter knows.</summary>
        public Value? ElementOf(Value? collection)
        {
            foreach (var adapter in adapters)
            {
                if (adapter.ElementOf(collection) is { } element)
                {
                    return element;
                }
            }

            return null;
        }

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
