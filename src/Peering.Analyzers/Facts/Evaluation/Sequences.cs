using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Peering.Analyzers.Facts.Evaluation
{
    /// <summary>
    /// Arrays, lists and tuples of known elements, and the <c>foreach</c> loops over them, which are followed one element
    /// at a time: a loop over <c>new[] { (hub, spoke), (spoke, hub) }</c> writes both directions.
    /// </summary>
    internal sealed class Sequences
    {
        /// <summary>Longer literal sequences are not unrolled: the loop body is then read once, as a branch.</summary>
        private const int MaxUnrolledElements = 32;

        private readonly ValueEvaluator evaluator;

        public Sequences(ValueEvaluator evaluator) => this.evaluator = evaluator;

        public static bool IsList(ITypeSymbol? type) =>
            type is INamedTypeSymbol { IsGenericType: true } named
            && named.ConstructedFrom.ToDisplayString() == "System.Collections.Generic.List<T>";

        /// <summary>An element of a tuple, by position or by name.</summary>
        public static Value? TupleElement(TupleValue tuple, IFieldSymbol field)
        {
            var name = (field.CorrespondingTupleField ?? field).Name;
            return name.StartsWith("Item", StringComparison.Ordinal)
                && int.TryParse(name.Substring(4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var position)
                && position >= 1 && position <= tuple.Items.Count
                ? tuple.Items[position - 1]
                : null;
        }

        public List<Value?> EvalAll(ImmutableArray<IOperation> operations)
        {
            var values = new List<Value?>(operations.Length);
            foreach (var operation in operations)
            {
                values.Add(evaluator.Eval(operation));
            }

            return values;
        }

        /// <summary><c>new[] { a, b }</c>: its elements; an array without an initializer is unknown.</summary>
        public Value? Array(IArrayCreationOperation array)
        {
            if (array.Initializer == null)
            {
                evaluator.EvalChildren(array);
                return null;
            }

            foreach (var size in array.DimensionSizes)
            {
                evaluator.Eval(size);
            }

            return new SequenceValue(EvalAll(array.Initializer.ElementValues));
        }

        /// <summary><c>new List&lt;T&gt; { a, b }</c>: its elements, when the initializer only adds single items.</summary>
        public Value? List(IObjectOrCollectionInitializerOperation initializer)
        {
            var items = new List<Value?>();
            var known = true;
            foreach (var element in initializer.Initializers)
            {
                if (element is IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add)
                {
                    items.Add(evaluator.Eval(add.Arguments[0].Value));
                }
                else
                {
                    known = false;
                    ValueEvaluator.Escape(evaluator.Eval(element));
                }
            }

            var list = new SequenceValue(items);
            if (!known)
            {
                list.Escape();
                return null;
            }

            return list;
        }

        /// <summary>
        /// A loop over a sequence of known elements runs its body once per element, each time certainly: the body is
        /// evaluated per element at the loop's own nesting. Any other loop is a branch that may run any number of times,
        /// over elements an adapter may still know something about (each peering of a VNet).
        /// </summary>
        public void ForEach(IForEachLoopOperation loop)
        {
            var collection = evaluator.Eval(loop.Collection);
            var target = LoopVariable.Of(loop.LoopControlVariable);
            if (collection is SequenceValue { Escaped: false } sequence && target != null
                && sequence.Items.Count <= MaxUnrolledElements && !LoopVariable.LeavesEarly(loop.Body))
            {
                foreach (var item in sequence.Items)
                {
                    Bind(target, item);
                    evaluator.Exec(loop.Body);
                }

                return;
            }

            ValueEvaluator.Escape(collection);
            evaluator.Nested(() =>
            {
                if (target?.Local != null && evaluator.ElementOf(collection) is { } element)
                {
                    evaluator.Declare(target.Local, element);
                }

                evaluator.Exec(loop.Body);
            });
        }

        private void Bind(LoopVariable target, Value? value)
        {
            if (target.Local != null)
            {
                evaluator.Declare(target.Local, value);
                return;
            }

            if (target.Parts == null)
            {
                return;
            }

            var tuple = value as TupleValue;
            for (var i = 0; i < target.Parts.Count; i++)
            {
                Bind(target.Parts[i], tuple != null && tuple.Items.Count == target.Parts.Count ? tuple.Items[i] : null);
            }
        }
    }
}
