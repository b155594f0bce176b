using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Templates.Json;

namespace Peering.Templates.Expressions
{
    /// <summary>
    /// ARM's <c>copy</c> loops: on a resource (<c>"copy": { "name", "count" }</c>) and on properties or variables
    /// (<c>"copy": [ { "name", "count", "input" } ]</c>, which produces the array property <c>name</c>).
    /// </summary>
    internal static class PropertyCopy
    {
        public const string CopyProperty = "copy";

        /// <summary>ARM rejects a copy count above 800.</summary>
        public const int MaxCount = 800;

        /// <summary>The property loops of an object, or null when its <c>copy</c> is not a property-loop array.</summary>
        public static IReadOnlyList<SourceNode>? Loops(SourceNode node)
        {
            var copy = node.Kind == SourceNodeKind.Object ? node.Property(CopyProperty) : null;
            if (copy == null || copy.Kind != SourceNodeKind.Array || copy.Items.Count == 0)
            {
                return null;
            }

            return copy.Items.All(IsLoop) ? copy.Items : null;
        }

        /// <summary>The loop of <paramref name="node"/> that produces property <paramref name="name"/>, if any.</summary>
        public static SourceNode? LoopFor(SourceNode node, string name, EvaluationContext context) =>
            Loops(node)?.FirstOrDefault(loop => context.Evaluate(loop.Property("name")!) is ArmString s && string.Equals(s.Value, name, StringComparison.OrdinalIgnoreCase));

        /// <summary>The array a property loop produces; unknown when its count is.</summary>
        public static ArmValue Expand(SourceNode loop, string name, EvaluationContext context)
        {
            var iterations = Iterations(loop, name, context, resourceLoop: false, out var unknownCount);
            if (iterations == null)
            {
                return unknownCount;
            }

            return new ArmArray(iterations.Select(c => c.Evaluate(loop.Property("input")!)).ToArray());
        }

        /// <summary>
        /// One context per iteration of the loop <paramref name="spec"/>; null when the count is unknown or outside
        /// ARM's limit (not evaluated, since ARM would reject the template), with <paramref name="unknownCount"/> the
        /// unknown value that stands for the count and each index.
        /// </summary>
        public static IReadOnlyList<EvaluationContext>? Iterations(SourceNode spec, string? name, EvaluationContext context, bool resourceLoop, out ArmUnknown unknownCount)
        {
            unknownCount = ArmUnknown.Instance;
            var countNode = spec.Property("count");
            var countValue = countNode == null ? null : context.Evaluate(countNode);
            if (!(countValue is ArmNumber count))
            {
                unknownCount = countValue as ArmUnknown ?? ArmUnknown.Instance;
                return null;
            }

            if (count.Value < 0 || count.Value > MaxCount)
            {
                unknownCount = context.Unevaluated("the copy loop " + (name == null ? string.Empty : "'" + name + "' ") + "with count " + count.Value + ", outside ARM's limit of 0 to " + MaxCount, countNode!);
                return null;
            }

            if (!context.Scope.Diagnostics.TrySpendIterations(count.Value))
            {
                unknownCount = context.Unevaluated("copy loops that unroll to more than " + TemplateDiagnostics.MaxIterations + " iterations in one file", countNode!);
                return null;
            }

            return Enumerable.Range(0, (int)count.Value).Select(i => context.WithCopyIndex(name, new ArmNumber(i), resourceLoop)).ToArray();
        }

        private static bool IsLoop(SourceNode item) =>
            item.Kind == SourceNodeKind.Object && item.Property("name") != null && item.Property("input") != null;
    }
}
