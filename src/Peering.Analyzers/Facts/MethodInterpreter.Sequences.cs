using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Peering.Analyzers.Facts
{
    /// <summary>
    /// Arrays, lists and tuples of known elements, and the <c>foreach</c> loops over them, which are followed one
    /// element at a time: a loop over <c>new[] { (hub, spoke), (spoke, hub) }</c> writes both directions.
    /// </summary>
    internal sealed partial class MethodInterpreter
    {
        /// <summary>Longer literal sequences are not unrolled: the loop body is then read once, as a branch.</summary>
        private const int MaxUnrolledElements = 32;

        private List<Value?> EvalAll(ImmutableArray<IOperation> operations)
        {
            var values = new List<Value?>(operations.Length);
            foreach (var operation in operations)
            {
                values.Add(Eval(operation));
            }

            return values;
        }

        private Value? ArrayFromInitializer(IArrayCreationOperation array)
        {
            if (array.Initializer == null)
            {
                EvalChildren(array);
                return null;
            }

            foreach (var size in array.DimensionSizes)
            {
                Eval(size);
            }

            return new SequenceValue(EvalAll(array.Initializer.ElementValues));
        }

        private static bool IsListOf(ITypeSymbol? type) =>
            type is INamedTypeSymbol { IsGenericType: true } named
            && named.ConstructedFrom.ToDisplayString() == "System.Collections.Generic.List<T>";

        /// <summary><c>new List&lt;T&gt; { a, b }</c>: its elements, when the initializer only adds single items.</summary>
        private Value? ListFromInitializer(IObjectOrCollectionInitializerOperation initializer)
        {
            var items = new List<Value?>();
            var known = true;
            foreach (var element in initializer.Initializers)
            {
                if (element is IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add)
                {
                    items.Add(Eval(add.Arguments[0].Value));
                }
                else
                {
                    known = false;
                    Escape(Eval(element));
                }
            }

            var list = new SequenceValue(items);
            if (!known)
            {
                Escape(list);
                return null;
            }

            return list;
        }

        private static Value? TupleElement(TupleValue tuple, IFieldSymbol field)
        {
            var name = (field.CorrespondingTupleField ?? field).Name;
            return name.StartsWith("Item", System.StringComparison.Ordinal)
                && int.TryParse(name.Substring(4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var position)
                && position >= 1 && position <= tuple.Items.Count
                ? tuple.Items[position - 1]
                : null;
        }

        /// <summary>
        /// A loop over a sequence of known elements runs its body once per element, each time certainly: the body is
        /// interpreted per element at the loop's own nesting. Any other loop is a branch that may run any number of times.
        /// </summary>
        private void ForEach(IForEachLoopOperation loop)
        {
            var collection = Eval(loop.Collection);
            var target = LoopTarget(loop.LoopControlVariable);
            if (collection is SequenceValue { Escaped: false } sequence && target != null
                && sequence.Items.Count <= MaxUnrolledElements && !LeavesEarly(loop.Body))
            {
                foreach (var item in sequence.Items)
                {
                    BindLoopTarget(target, item);
                    Exec(loop.Body);
                }

                return;
            }

            Escape(collection);
            Nested(() => Exec(loop.Body));
        }

        /// <summary>The loop variable: a local, or a (nested) tuple of locals and discards; null when the shape is not followed.</summary>
        private static LoopVariable? LoopTarget(IOperation? control)
        {
            switch (control)
            {
                case IVariableDeclaratorOperation declarator:
                    return new LoopVariable(declarator.Symbol, null);
                case IDeclarationExpressionOperation declaration:
                    return LoopTarget(declaration.Expression);
                case ILocalReferenceOperation local:
                    return new LoopVariable(local.Local, null);
                case IDiscardOperation:
                    return new LoopVariable(null, null);
                case ITupleOperation tuple:
                    var parts = new List<LoopVariable>();
                    foreach (var element in tuple.Elements)
                    {
                        var part = LoopTarget(element is IConversionOperation conversion ? conversion.Operand : element);
                        if (part == null)
                        {
                            return null;
                        }

                        parts.Add(part);
                    }

                    return new LoopVariable(null, parts);
                default:
                    return null;
            }
        }

        private void BindLoopTarget(LoopVariable target, Value? value)
        {
            if (target.Local != null)
            {
                Declare(target.Local, value);
                return;
            }

            if (target.Parts == null)
            {
                return;
            }

            var tuple = value as TupleValue;
            for (var i = 0; i < target.Parts.Count; i++)
            {
                BindLoopTarget(target.Parts[i], tuple != null && tuple.Items.Count == target.Parts.Count ? tuple.Items[i] : null);
            }
        }

        /// <summary>A body that may leave the loop early does not certainly run for every element.</summary>
        private static bool LeavesEarly(IOperation body)
        {
            foreach (var operation in body.DescendantsAndSelf())
            {
                if (operation is IBranchOperation or IReturnOperation or IThrowOperation)
                {
                    return true;
                }
            }

            return false;
        }

        private sealed class LoopVariable
        {
            public LoopVariable(ILocalSymbol? local, IReadOnlyList<LoopVariable>? parts)
            {
                Local = local;
                Parts = parts;
            }

            public ILocalSymbol? Local { get; }

            public IReadOnlyList<LoopVariable>? Parts { get; }
        }
    }
}
