using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Peering.Analyzers.Facts
{
    /// <summary>
    /// Whole-compilation mode: calls to the compilation's own methods are followed into their bodies with the
    /// caller's argument values (a helper that returns a <c>VirtualNetworkData</c> built from its arguments), to a
    /// bounded depth; static readonly fields and static get-only properties give their initial values.
    /// </summary>
    internal sealed partial class MethodInterpreter
    {
        /// <summary>How deep calls are followed, and how many calls one block may follow in all, so cost stays bounded.</summary>
        private const int MaxCallDepth = 4;
        private const int MaxFollowedCalls = 200;

        private readonly Stack<Activation> activations = new Stack<Activation>();
        private readonly HashSet<ISymbol> followedMethods = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        private int followedCalls;
        private bool metCompilationCode;

        /// <summary>
        /// The code of <paramref name="member"/> when the compilation's code is at hand. Read on its own, a block only notes
        /// that it met the compilation's own code (<see cref="BlockFacts.MetCompilationCode"/>), since following it might
        /// tell more.
        /// </summary>
        private IOperation? CompilationCodeOf(ISymbol member)
        {
            if (code == null)
            {
                metCompilationCode |= !member.DeclaringSyntaxReferences.IsEmpty;
                return null;
            }

            return code.Find(member, cancellationToken);
        }

        private bool TryInline(IInvocationOperation invocation, out Value? result)
        {
            result = null;
            var method = invocation.TargetMethod.OriginalDefinition;
            var body = CompilationCodeOf(method);
            if (body == null || activations.Count >= MaxCallDepth || followedCalls >= MaxFollowedCalls || IsActive(method))
            {
                return false;
            }

            followedCalls++;
            Eval(invocation.Instance);
            var arguments = new List<(IParameterSymbol Parameter, Value? Value)>();
            foreach (var argument in invocation.Arguments)
            {
                var value = Eval(argument.Value);
                if (argument.Parameter != null && argument.Parameter.Ordinal < method.Parameters.Length)
                {
                    arguments.Add((method.Parameters[argument.Parameter.Ordinal], value));
                }
                else
                {
                    Escape(value);
                }
            }

            result = Follow(method, body, arguments);
            return true;
        }

        private Value? Follow(IMethodSymbol method, IOperation body, List<(IParameterSymbol Parameter, Value? Value)> arguments)
        {
            foreach (var (parameter, value) in arguments)
            {
                Declare(parameter, value);
            }

            var activation = new Activation(method, depth);
            activations.Push(activation);
            try
            {
                Exec(body);
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

        /// <summary>
        /// A followed method's result is the value of its one return at its top level; more returns, or one inside a
        /// branch, make it unknown. Outside a followed call the returned object leaves the code the analysis sees.
        /// </summary>
        private void Return(IReturnOperation ret)
        {
            var value = Eval(ret.ReturnedValue);
            if (activations.Count == 0 || ret.Kind != OperationKind.Return)
            {
                Escape(value);
                return;
            }

            var activation = activations.Peek();
            activation.Returns++;
            if (activation.Returns == 1 && depth == activation.Depth)
            {
                activation.Result = value;
            }
            else
            {
                Escape(activation.Result);
                Escape(value);
                activation.Result = null;
            }
        }

        /// <summary>A static readonly field's initializer, evaluated once per block as if at its start.</summary>
        private Value? InitialValue(ISymbol member)
        {
            var initializer = CompilationCodeOf(member);
            if (initializer == null || activations.Count >= MaxCallDepth)
            {
                return null;
            }

            var saved = depth;
            depth = 0;
            activations.Push(new Activation(member, 0));
            try
            {
                var value = Eval(initializer);
                bindings[member] = new Binding(value, 0);
                return value;
            }
            finally
            {
                activations.Pop();
                depth = saved;
            }
        }

        /// <summary>A property of the compilation's own code: a static get-only property's initializer, or its getter's body.</summary>
        private Value? UserProperty(IPropertySymbol property)
        {
            if (property.Parameters.Length > 0)
            {
                return null;
            }

            if (property.IsStatic && property.SetMethod == null && CompilationCodeOf(property) != null)
            {
                return bindings.TryGetValue(property, out var binding) ? binding.Value : InitialValue(property);
            }

            var getter = property.GetMethod?.OriginalDefinition;
            var body = getter == null ? null : CompilationCodeOf(getter);
            if (getter == null || body == null || activations.Count >= MaxCallDepth || followedCalls >= MaxFollowedCalls || IsActive(getter))
            {
                return null;
            }

            followedCalls++;
            return Follow(getter, body, new List<(IParameterSymbol, Value?)>());
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
