using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Templates.Json;

namespace Peering.Templates.Expressions
{
    /// <summary>
    /// ARM's lambda functions (learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-lambda):
    /// <c>filter</c>, <c>map</c>, <c>reduce</c>, <c>sort</c>, <c>toObject</c>, <c>groupBy</c> and <c>mapValues</c>, each
    /// taking <c>lambda('x', ..., body)</c> whose body reads <c>lambdaVariables('x')</c>. Bicep compiles
    /// <c>(x, i) => ...</c> to a lambda with a second name, the item's index, for filter and map (and a third for reduce).
    /// A lambda is evaluated once per item, each call taken from the file's loop budget, so a lambda over a huge array
    /// (or lambdas inside lambdas) stops at <see cref="TemplateDiagnostics.MaxIterations"/> with a PEER902 instead of hanging.
    /// Whatever cannot be known (an unknown array, a condition or key that depends on an unknown) makes the result unknown.
    /// </summary>
    internal static class LambdaFunctions
    {
        private static readonly Dictionary<string, Func<CallExpression, EvaluationContext, SourceNode, ArmValue>> Forms =
            new Dictionary<string, Func<CallExpression, EvaluationContext, SourceNode, ArmValue>>(StringComparer.OrdinalIgnoreCase)
            {
                ["filter"] = Filter,
                ["map"] = Map,
                ["reduce"] = Reduce,
                ["sort"] = Sort,
                ["toObject"] = (call, context, at) => ToObject(call, context, at, grouped: false),
                ["groupBy"] = (call, context, at) => ToObject(call, context, at, grouped: true),
                ["mapValues"] = MapValues,
                ["lambda"] = (_, context, at) => Unevaluated("a lambda outside filter, map, reduce, sort, toObject, groupBy and mapValues", context, at),
                ["lambdaVariables"] = LambdaVariable,
            };

        /// <summary>The call's value when it is one of the lambda functions (its arguments are evaluated here, lambdas per item); otherwise null.</summary>
        public static ArmValue? TryInvoke(CallExpression call, EvaluationContext context, SourceNode at) =>
            Forms.TryGetValue(call.Name, out var form) ? form(call, context, at) : null;

        private static ArmValue Filter(CallExpression call, EvaluationContext context, SourceNode at)
        {
            if (!(Items(call, 2, context, at) is ArmArray array) || !(Read(call.Arguments[1], 1, 2, context, at) is Lambda predicate) || !Spend(array.Items.Count, context, at))
            {
                return ArmUnknown.Instance;
            }

            var kept = new List<ArmValue>();
            for (var i = 0; i < array.Items.Count; i++)
            {
                if (!(predicate.Apply(context, at, array.Items[i], new ArmNumber(i)) is ArmBool keep))
                {
                    return ArmUnknown.Instance;
                }

                if (keep.Value)
                {
                    kept.Add(array.Items[i]);
                }
            }

            return new ArmArray(kept);
        }

        private static ArmValue Map(CallExpression call, EvaluationContext context, SourceNode at)
        {
            if (!(Items(call, 2, context, at) is ArmArray array) || !(Read(call.Arguments[1], 1, 2, context, at) is Lambda body) || !Spend(array.Items.Count, context, at))
            {
                return ArmUnknown.Instance;
            }

            return new ArmArray(array.Items.Select((item, i) => body.Apply(context, at, item, new ArmNumber(i))).ToArray());
        }

        /// <summary><c>reduce(array, initialValue, lambda('current', 'next'[, 'index'], ...))</c>.</summary>
        private static ArmValue Reduce(CallExpression call, EvaluationContext context, SourceNode at)
        {
            if (!(Items(call, 3, context, at) is ArmArray array) || !(Read(call.Arguments[2], 2, 3, context, at) is Lambda body) || !Spend(array.Items.Count, context, at))
            {
                return ArmUnknown.Instance;
            }

            var current = TemplateExpressions.Evaluate(call.Arguments[1], context, at);
            for (var i = 0; i < array.Items.Count; i++)
            {
                current = body.Apply(context, at, current, array.Items[i], new ArmNumber(i));
            }

            return current;
        }

        /// <summary>
        /// <c>sort(array, lambda('a', 'b', less))</c>: the lambda says whether a comes before b. A stable merge sort, and
        /// unknown when two different items are tied (neither before the other): ARM's own sort need not keep them in
        /// their original order, so their order cannot be told.
        /// </summary>
        private static ArmValue Sort(CallExpression call, EvaluationContext context, SourceNode at)
        {
            if (!(Items(call, 2, context, at) is ArmArray array) || !(Read(call.Arguments[1], 2, 2, context, at) is Lambda before))
            {
                return ArmUnknown.Instance;
            }

            // Merge sort compares at most n·log2(n) pairs, each asked both ways.
            var n = array.Items.Count;
            var comparisons = n < 2 ? 0 : 2L * n * (long)Math.Ceiling(Math.Log(n, 2));
            if (!Spend(comparisons, context, at))
            {
                return ArmUnknown.Instance;
            }

            var undecided = false;
            int Compare(ArmValue a, ArmValue b)
            {
                if (undecided)
                {
                    return 0;
                }

                if (before.Apply(context, at, a, b) is ArmBool ab && before.Apply(context, at, b, a) is ArmBool ba)
                {
                    if (ab.Value != ba.Value)
                    {
                        return ab.Value ? -1 : 1;
                    }

                    undecided = !(a.IsFullyKnown && a.ValueEquals(b));
                    return 0;
                }

                undecided = true;
                return 0;
            }

            var sorted = MergeSort(array.Items.ToArray(), Compare);
            return undecided ? ArmUnknown.Instance : new ArmArray(sorted);
        }

        private static ArmValue[] MergeSort(ArmValue[] items, Func<ArmValue, ArmValue, int> compare)
        {
            if (items.Length < 2)
            {
                return items;
            }

            var left = MergeSort(items.Take(items.Length / 2).ToArray(), compare);
            var right = MergeSort(items.Skip(items.Length / 2).ToArray(), compare);
            var merged = new ArmValue[items.Length];
            int l = 0, r = 0;
            for (var k = 0; k < merged.Length; k++)
            {
                merged[k] = r >= right.Length || (l < left.Length && compare(left[l], right[r]) <= 0) ? left[l++] : right[r++];
            }

            return merged;
        }

        /// <summary>
        /// <c>toObject(array, key[, value])</c> and <c>groupBy(array, key[, value])</c> (groupBy collects each key's values
        /// in an array). ARM's property names ignore case; keys that differ only in case are left unknown rather than
        /// guessing which one ARM keeps, as are repeated keys of toObject.
        /// </summary>
        private static ArmValue ToObject(CallExpression call, EvaluationContext context, SourceNode at, bool grouped)
        {
            if (!(call.Arguments.Count == 2 || call.Arguments.Count == 3) || !(Items(call, call.Arguments.Count, context, at) is ArmArray array)
                || !(Read(call.Arguments[1], 1, 1, context, at) is Lambda key))
            {
                return ArmUnknown.Instance;
            }

            var value = call.Arguments.Count == 3 ? Read(call.Arguments[2], 1, 1, context, at) : null;
            if ((call.Arguments.Count == 3 && value == null) || !Spend(array.Items.Count * (value == null ? 1L : 2L), context, at))
            {
                return ArmUnknown.Instance;
            }

            var names = new List<string>();
            var values = new Dictionary<string, List<ArmValue>>(StringComparer.Ordinal);
            foreach (var item in array.Items)
            {
                if (!(key.Apply(context, at, item) is ArmString name))
                {
                    return ArmUnknown.Instance;
                }

                if (!values.TryGetValue(name.Value, out var list))
                {
                    if (names.Any(n => string.Equals(n, name.Value, StringComparison.OrdinalIgnoreCase)))
                    {
                        return ArmUnknown.Instance;
                    }

                    names.Add(name.Value);
                    values[name.Value] = list = new List<ArmValue>();
                }
                else if (!grouped)
                {
                    return ArmUnknown.Instance;
                }

                list.Add(value == null ? item : value.Apply(context, at, item));
            }

            return new ArmObject(names.Select(n => new KeyValuePair<string, ArmValue>(n, grouped ? new ArmArray(values[n]) : values[n][0])));
        }

        private static ArmValue MapValues(CallExpression call, EvaluationContext context, SourceNode at)
        {
            if (call.Arguments.Count != 2 || !(TemplateExpressions.Evaluate(call.Arguments[0], context, at) is ArmObject obj)
                || !(Read(call.Arguments[1], 1, 1, context, at) is Lambda body) || !Spend(obj.Names.Count, context, at))
            {
                return ArmUnknown.Instance;
            }

            return new ArmObject(obj.Properties.Select(p => new KeyValuePair<string, ArmValue>(p.Key, body.Apply(context, at, p.Value))).ToArray());
        }

        private static ArmValue LambdaVariable(CallExpression call, EvaluationContext context, SourceNode at)
        {
            if (call.Arguments.Count != 1 || !(TemplateExpressions.Evaluate(call.Arguments[0], context, at) is ArmString name))
            {
                return ArmUnknown.Instance;
            }

            return context.LambdaVariable(name.Value) ?? Unevaluated("lambdaVariables('" + name.Value + "') outside a lambda that declares it", context, at);
        }

        /// <summary>The array a lambda function works on (its first argument), when the call has <paramref name="count"/> arguments.</summary>
        private static ArmArray? Items(CallExpression call, int count, EvaluationContext context, SourceNode at) =>
            call.Arguments.Count == count ? TemplateExpressions.Evaluate(call.Arguments[0], context, at) as ArmArray : null;

        /// <summary><c>lambda('a', 'b', body)</c> with between <paramref name="min"/> and <paramref name="max"/> names; null when the argument is something else.</summary>
        private static Lambda? Read(Expression argument, int min, int max, EvaluationContext context, SourceNode at)
        {
            if (!(argument is CallExpression call) || !string.Equals(call.Name, "lambda", StringComparison.OrdinalIgnoreCase)
                || call.Arguments.Count < min + 1 || call.Arguments.Count > max + 1)
            {
                return null;
            }

            var names = new List<string>();
            foreach (var name in call.Arguments.Take(call.Arguments.Count - 1))
            {
                if (!(name is LiteralExpression literal && literal.Value is ArmString text))
                {
                    return null;
                }

                names.Add(text.Value);
            }

            return new Lambda(names, call.Arguments[call.Arguments.Count - 1]);
        }

        /// <summary>Takes <paramref name="calls"/> lambda calls from the file's loop budget; false (reported once) when it would run out.</summary>
        private static bool Spend(long calls, EvaluationContext context, SourceNode at)
        {
            if (context.Scope.Diagnostics.TrySpendIterations(calls))
            {
                return true;
            }

            context.Unevaluated("lambda functions and copy loops that run more than " + TemplateDiagnostics.MaxIterations + " iterations in one file", at);
            return false;
        }

        private static ArmValue Unevaluated(string construct, EvaluationContext context, SourceNode at) => context.Unevaluated(construct, at);

        private sealed class Lambda
        {
            private readonly IReadOnlyList<string> names;
            private readonly Expression body;

            public Lambda(IReadOnlyList<string> names, Expression body)
            {
                this.names = names;
                this.body = body;
            }

            /// <summary>The body's value with the lambda's names bound to the first of <paramref name="arguments"/> (an index the lambda does not declare is dropped).</summary>
            public ArmValue Apply(EvaluationContext context, SourceNode at, params ArmValue[] arguments) =>
                TemplateExpressions.Evaluate(body, context.WithLambdaVariables(names, arguments), at);
        }
    }
}
