using System.Collections.Generic;
using System.Linq;
using Peering.Terraform.Evaluation;
using Peering.Terraform.Syntax;

namespace Peering.Terraform.Configuration
{
    /// <summary>One instance of a resource or module call: its key (none, a <c>count</c> index or a <c>for_each</c> key) and <c>each.value</c>.</summary>
    internal sealed record InstanceKey(TfValue? Key, TfValue? EachValue, bool IsForEach)
    {
        public static readonly InstanceKey Single = new InstanceKey(null, null, false);

        /// <summary><c>[0]</c>, <c>["a"]</c> as Terraform writes instance keys in addresses; empty for a single instance.</summary>
        public string AddressSuffix => Key switch
        {
            null => string.Empty,
            TfNumber n => "[" + n.AsString + "]",
            TfString s => "[\"" + s.Value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"]",
            _ => "[*]",
        };

        /// <summary>The context of the instance: <c>count.index</c>, or <c>each.key</c> and <c>each.value</c>.</summary>
        public EvalContext Bind(EvalContext context)
        {
            if (Key == null)
            {
                return context;
            }

            return IsForEach
                ? context.With("each", TfObject.Of(new[] { Pair("key", Key), Pair("value", EachValue ?? TfUnknown.Instance) }))
                : context.With("count", TfObject.Of(new[] { Pair("index", Key) }));
        }

        private static KeyValuePair<string, TfValue> Pair(string name, TfValue value) => new KeyValuePair<string, TfValue>(name, value);
    }

    /// <summary>The instances <c>count</c> or <c>for_each</c> make of a resource or module call, when they are known.</summary>
    internal static class Expansion
    {
        /// <summary>The instance keys, or null when <c>count</c>/<c>for_each</c> is not known before apply (or not evaluated).</summary>
        public static IReadOnlyList<InstanceKey>? Keys(Body body, EvalContext context, ReaderNotes notes)
        {
            var attribute = body.Attribute("count") ?? body.Attribute("for_each");
            if (attribute == null)
            {
                return new[] { InstanceKey.Single };
            }

            try
            {
                var value = context.In(attribute.File).Evaluate(attribute.Expression);
                return attribute.Name == "count" ? CountKeys(value) : ForEachKeys(value);
            }
            catch (TfEvaluationException error)
            {
                notes.Note(attribute.File.Location(attribute.NameRange), "The " + attribute.Name + " here could not be evaluated (" + error.Message + "), so its instances are unknown");
                return null;
            }
        }

        private static IReadOnlyList<InstanceKey>? CountKeys(TfValue value)
        {
            if (!value.IsKnown)
            {
                return null;
            }

            var count = TfConvert.ToInt(value, "count");
            EvaluationBudget.CheckCount(count);
            return count < 0 ? throw new TfEvaluationException("count must not be negative") : Enumerable.Range(0, count).Select(i => new InstanceKey(new TfNumber(i), null, false)).ToArray();
        }

        private static IReadOnlyList<InstanceKey>? ForEachKeys(TfValue value) => value switch
        {
            TfObject map => map.Attributes.Select(a => new InstanceKey(new TfString(a.Key), a.Value, true)).ToArray(),
            TfList set when set.Items.All(i => i is TfString) => set.Items.Select(i => new InstanceKey(i, i, true)).ToArray(),
            TfList set when set.Items.Any(i => !i.IsKnown) => null,
            TfUnknown => null,
            _ => throw new TfEvaluationException("for_each must be a map or a set of strings, not " + value.TypeName),
        };
    }
}
