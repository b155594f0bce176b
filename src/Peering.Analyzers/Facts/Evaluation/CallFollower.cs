using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Peering.Analyzers.Facts.Evaluation
{
    /// <summary>
    /// Follows calls into the compilation's own code with the caller's argument values (a helper that returns a
    /// <c>VirtualNetworkData</c> built from its arguments), to a bounded depth; static readonly fields and static get-only
    /// properties give their initial values. Without the compilation's code (a method read on its own) it follows
    /// nothing and only notes that the code met the compilation's own members.
    /// </summary>
    internal sealed class CallFollower
    {
        /// <summary>How deep calls are followed, and how many calls one block may follow in all, so cost stays bounded.</summary>
        private const int MaxCallDepth = 4;
        private const int MaxFollowedCalls = 200;

        private readonly CompilationCode? code;
        private readonly CancellationToken cancellationToken;
        private readonly Stack<Activation> activations = new Stack<Activation>();
        private readonly HashSet<ISymbol> followedMethods = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        private ValueEvaluator? evaluator;
        private int followedCalls;

        /// <param name="code">The compilation's code to follow calls into; null to read code on its own.</param>
        /// <param name="cancellationToken">Stops the binding of followed code.</param>
        public CallFollower(CompilationCode? code, CancellationToken cancellationToken)
        {
            this.code = code;
            this.cancellationToken = cancellationToken;
        }

        /// <summary>The methods whose bodies were followed at a call site.</summary>
        public IReadOnlyCollection<ISymbol> FollowedMethods => followedMethods;

        /// <summary>True when the code, read on its own, met a member of the compilation's own code that following might tell more about.</summary>
        public bool MetCompilationCode { get; private set; }

        private ValueEvaluator Evaluator => evaluator!;

        /// <summary>The code of <paramref name="member"/> (a method's body, a field's or property's initializer) when it can be followed.</summary>
        public IOperation? CodeOf(ISymbol member)
        {
            if (code == null)
            {
                MetCompilationCode |= !member.DeclaringSyntaxReferences.IsEmpty;
                return null;
            }

            return code.Find(member, cancellationToken);
        }

        /// <summary>Follows a call of the compilation's own method into its body; false when it is not followed.</summary>
        public bool TryFollow(IInvocationOperation invocation, out Value? result)
        {
            result = null;
            var method = invocation.TargetMethod.OriginalDefinition;
            var body = CodeOf(method);
            if (body == null || activations.Count >= MaxCallDepth || followedCalls >= MaxFollowedCalls || IsActive(method))
            {
                return false;
            }

            followedCalls++;
            Evaluator.Eval(invocation.Instance);
            var arguments = new List<(IParameterSymbol Parameter, Value? Value)>();
            foreach (var argument in invocation.Arguments)
            {
                var value = Evaluator.Eval(argument.Value);
                if (argument.Parameter != null && argument.Parameter.Ordinal < method.Parameters.Length)
                {
                    arguments.Add((method.Parameters[argument.Parameter.Ordinal], value));
                }
                else
                {
                    ValueEvaluator.Escape(value);
                }
            }

            result = Follow(method, body, arguments);
            return true;
        }

        /// <summary>
        /// A followed method's result is the value of its one return at its top level; more returns, or one inside a
        /// branch, make it unknown. False outside a followed call: the returned value leaves the code the evaluator sees.
        /// </summary>
        public bool Return(Value? value)
        {
            if (activations.Count == 0)
            {
                return false;
            }

            var activation = activations.Peek();
            activation.Returns++;
            if (activation.Returns == 1 && Evaluator.Depth == activation.Depth)
            {
                activation.Result = value;
            }
            else
            {
                ValueEvaluator.Escape(activation.Result);
                ValueEvaluator.Escape(value);
                activation.Result = null;
            }

            return true;
        }

        /// <summary>A static readonly field's or static property's initializer, evaluated once per block as if at its start.</summary>
        public Value? InitialValue(ISymbol member)
        {
            var initializer = CodeOf(member);
            if (initializer == null || activations.Count >= MaxCallDepth)
            {
                return null;
            }

            activations.Push(new Activation(member, 0));
            try
            {
                return Evaluator.EvalInitializer(member, initializer);
            }
            finally
            {
                activations.Pop();
            }
        }

        /// <summary>A property of the compilation's own code: a static get-only property's initializer, or its getter's body.</summary>
        public Value? UserProperty(IPropertySymbol property)
        {
            if (property.Parameters.Length > 0)
            {
                return null;
            }

            if (property.IsStatic && property.SetMethod == null && CodeOf(property) != null)
            {
                return Evaluator.TryGetBound(property, out var bound) ? bound : InitialValue(property);
            }

            var getter = property.GetMethod?.OriginalDefinition;
            var body = getter == null ? null : CodeOf(getter);
            if (getter == null || body == null || activations.Count >= MaxCallDepth || followedCalls >= MaxFollowedCalls || IsActive(getter))
            {
                return null;
            }

            followedCalls++;
            return Follow(getter, body, new List<(IParameterSymbol, Value?)>());
        }

        /// <summary>Called once by the evaluator this follower serves.</summary>
        internal void Attach(ValueEvaluator owner) => evaluator = owner;

        private Value? Follow(IMethodSymbol method, IOperation body, List<(IParameterSymbol Parameter, Value? Value)> arguments)
        {
            foreach (var (parameter, value) in arguments)
            {
                Evaluator.Declare(parameter, value);
            }

            var activation = new Activation(method, Evaluator.Depth);
            activations.Push(activation);
            try
            {
                Evaluator.Exec(body);
            }
            finally
            {
                activations.Pop();
            }

            followedMethods.Add(method);
            return activation.Result;
        }

        private bool IsActive(ISymbol method)
        {
            foreach (var activation in activations)
            {
                if (SymbolEqualityComparer.Default.Equals(activation.Method, method))
                {
                    return true;
                }
            }

            return false;
        }

        private sealed class Activation
        {
            public Activation(ISymbol method, int depth)
            {
                Method = method;
                Depth = depth;
            }

            public ISymbol Method { get; }

            /// <summary>The nesting at the call: a return deeper than this may not be the one that runs.</summary>
            public int Depth { get; }

            public int Returns { get; set; }

            public Value? Result { get; set; }
        }
    }
}
