using System;
using System.Collections.Generic;
using System.Linq;
using static Peering.Terraform.Evaluation.Functions.UnknownArguments;
using static Peering.Terraform.Evaluation.TfConvert;

namespace Peering.Terraform.Evaluation.Functions
{
    /// <summary>Functions over lists and maps. Those that only move elements pass unknown elements through.</summary>
    internal static class CollectionFunctions
    {
        public static void Register(Dictionary<string, TfFunction> table)
        {
            table["length"] = new TfFunction(1, 1, a => new TfNumber(Length(a[0])), PassElementsThrough);
            table["concat"] = new TfFunction(0, TfFunction.Variadic, a => new TfList(a.SelectMany(l => ToItems(l, "concat's argument")).ToArray(), false), PassElementsThrough);
            table["flatten"] = new TfFunction(1, 1, a => Flatten(a[0]), PassElementsThrough);
            table["merge"] = new TfFunction(0, TfFunction.Variadic, Merge, PassElementsThrough);
            table["lookup"] = new TfFunction(2, 3, Lookup, PassElementsThrough);
            table["element"] = new TfFunction(2, 2, Element, PassElementsThrough);
            table["keys"] = new TfFunction(1, 1, a => new TfList(ToObject(a[0], "keys' argument").Attributes.Keys.Select(k => (TfValue)new TfString(k)).ToArray(), false), PassElementsThrough);
            table["values"] = new TfFunction(1, 1, a => new TfList(ToObject(a[0], "values' argument").Attributes.Values.ToArray(), false), PassElementsThrough);
            table["zipmap"] = new TfFunction(2, 2, Zipmap, PassElementsThrough);
            table["tolist"] = new TfFunction(1, 1, a => a[0].IsNull ? TfNull.Instance : new TfList(ToItems(a[0], "tolist's argument"), false), PassElementsThrough);
            table["tomap"] = new TfFunction(1, 1, a => a[0].IsNull ? TfNull.Instance : ToObject(a[0], "tomap's argument"), PassElementsThrough);
            table["toset"] = new TfFunction(1, 1, a => a[0].IsNull ? TfNull.Instance : TfList.Set(ToItems(a[0], "toset's argument")));
            table["slice"] = new TfFunction(3, 3, Slice, PassElementsThrough);
            table["reverse"] = new TfFunction(1, 1, a => new TfList(ToItems(a[0], "reverse's argument").Reverse().ToArray(), false), PassElementsThrough);
            table["one"] = new TfFunction(1, 1, One, PassElementsThrough);
            table["coalesce"] = new TfFunction(1, TfFunction.Variadic, Coalesce, PassElementsThrough);
            table["coalescelist"] = new TfFunction(1, TfFunction.Variadic, CoalesceList, PassElementsThrough);
            table["chunklist"] = new TfFunction(2, 2, ChunkList, PassElementsThrough);
            table["setproduct"] = new TfFunction(1, TfFunction.Variadic, SetProduct, PassElementsThrough);
            table["contains"] = new TfFunction(2, 2, a => TfBool.Of(ToItems(a[0], "contains' list").Any(i => TfEquality.KnownEqual(i, a[1]))));
            table["index"] = new TfFunction(2, 2, IndexOf);
            table["distinct"] = new TfFunction(1, 1, a => new TfList(TfList.Set(ToItems(a[0], "distinct's argument")).Items, false));
            table["compact"] = new TfFunction(1, 1, a => new TfList(ToItems(a[0], "compact's argument").Where(i => !i.IsNull && !(i is TfString { Value: "" })).ToArray(), false));
            table["sort"] = new TfFunction(1, 1, a => new TfList(ToItems(a[0], "sort's argument").Select(i => ToText(i, "an element of sort's list")).OrderBy(s => s, StringComparer.Ordinal).Select(s => (TfValue)new TfString(s)).ToArray(), false));
            table["alltrue"] = new TfFunction(1, 1, a => TfBool.Of(ToItems(a[0], "alltrue's argument").All(i => ToBool(i, "an element of alltrue's list"))));
            table["anytrue"] = new TfFunction(1, 1, a => TfBool.Of(ToItems(a[0], "anytrue's argument").Any(i => ToBool(i, "an element of anytrue's list"))));
            table["transpose"] = new TfFunction(1, 1, a => Transpose(ToObject(a[0], "transpose's argument")));
            table["sensitive"] = new TfFunction(1, 1, a => a[0], PassElementsThrough);
            table["nonsensitive"] = new TfFunction(1, 1, a => a[0], PassElementsThrough);
        }

        private static double Length(TfValue value) => value switch
        {
            TfString s => s.Value.Length,
            TfList list => list.Items.Count,
            TfObject obj => obj.Attributes.Count,
            _ => throw new TfEvaluationException("length of a " + value.TypeName),
        };

        private static TfValue Flatten(TfValue value)
        {
            var result = new List<TfValue>();
            void Add(IReadOnlyList<TfValue> items, int depth)
            {
                foreach (var item in items)
                {
                    if (!item.IsKnown)
                    {
                        // An unknown element may be a list that would be flattened: the length is not known.
                        throw new UnknownResult();
                    }

                    if (item is TfList inner && depth < EvaluationBudget.MaxDepth)
                    {
                        Add(inner.Items, depth + 1);
                    }
                    else
                    {
                        result.Add(item);
                        EvaluationBudget.CheckCount(result.Count);
                    }
                }
            }

            try
            {
                Add(ToItems(value, "flatten's argument"), 0);
                return new TfList(result, false);
            }
            catch (UnknownResult)
            {
                return TfUnknown.Instance;
            }
        }

        private static TfValue Merge(IReadOnlyList<TfValue> arguments)
        {
            var merged = new SortedDictionary<string, TfValue>(StringComparer.Ordinal);
            foreach (var argument in arguments.Where(a => !a.IsNull))
            {
                foreach (var (key, value) in ToObject(argument, "merge's argument").Attributes)
                {
                    merged[key] = value;
                }
            }

            return new TfObject(merged);
        }

        private static TfValue Lookup(IReadOnlyList<TfValue> a)
        {
            var key = ToText(a[1], "lookup's key");
            return ToObject(a[0], "lookup's map").Attribute(key)
                ?? (a.Count == 3 ? a[2] : throw new TfEvaluationException("lookup found no key '" + key + "' and has no default"));
        }

        private static TfValue Element(IReadOnlyList<TfValue> a)
        {
            var items = ToItems(a[0], "element's list");
            var index = ToInt(a[1], "element's index");
            if (items.Count == 0 || index < 0)
            {
                throw new TfEvaluationException(items.Count == 0 ? "element of an empty list" : "element's index is negative");
            }

            // The index wraps around: element(list, length) is the first element.
            return items[index % items.Count];
        }

        private static TfValue Zipmap(IReadOnlyList<TfValue> a)
        {
            var keys = ToItems(a[0], "zipmap's keys");
            var values = ToItems(a[1], "zipmap's values");
            if (keys.Count != values.Count)
            {
                throw new TfEvaluationException("zipmap's keys and values have different lengths");
            }

            if (keys.Any(k => !k.IsKnown))
            {
                return TfUnknown.Instance;
            }

            return TfObject.Of(keys.Select((k, i) => new KeyValuePair<string, TfValue>(ToText(k, "a zipmap key"), values[i])));
        }

        private static TfValue Slice(IReadOnlyList<TfValue> a)
        {
            var items = ToItems(a[0], "slice's list");
            var start = ToInt(a[1], "slice's start");
            var end = ToInt(a[2], "slice's end");
            if (start < 0 || end > items.Count || start > end)
            {
                throw new TfEvaluationException("slice's indexes are out of range");
            }

            return new TfList(items.Skip(start).Take(end - start).ToArray(), false);
        }

        private static TfValue One(IReadOnlyList<TfValue> a)
        {
            if (a[0].IsNull)
            {
                return TfNull.Instance;
            }

            var items = ToItems(a[0], "one's argument");
            return items.Count switch
            {
                0 => TfNull.Instance,
                1 => items[0],
                _ => throw new TfEvaluationException("one's list has more than one element"),
            };
        }

        /// <summary>The first argument that is neither null nor an empty string; unknown if an unknown comes first.</summary>
        private static TfValue Coalesce(IReadOnlyList<TfValue> arguments)
        {
            foreach (var argument in arguments)
            {
                if (!argument.IsKnown)
                {
                    return TfUnknown.Instance;
                }

                if (!argument.IsNull && !(argument is TfString { Value: "" }))
                {
                    return argument;
                }
            }

            throw new TfEvaluationException("coalesce has no non-null, non-empty argument");
        }

        private static TfValue CoalesceList(IReadOnlyList<TfValue> arguments)
        {
            foreach (var argument in arguments)
            {
                if (!argument.IsKnown)
                {
                    return TfUnknown.Instance;
                }

                if (ToItems(argument, "coalescelist's argument").Count > 0)
                {
                    return argument;
                }
            }

            return TfList.EmptyTuple;
        }

        private static TfValue ChunkList(IReadOnlyList<TfValue> a)
        {
            var items = ToItems(a[0], "chunklist's list");
            var size = ToInt(a[1], "chunklist's size");
            if (size <= 0)
            {
                return new TfList(new TfValue[] { new TfList(items, false) }, false);
            }

            return new TfList(items.Chunk(size).Select(c => (TfValue)new TfList(c, false)).ToArray(), false);
        }

        private static TfValue SetProduct(IReadOnlyList<TfValue> arguments)
        {
            IEnumerable<IReadOnlyList<TfValue>> product = new[] { Array.Empty<TfValue>() };
            long count = 1;
            foreach (var argument in arguments)
            {
                var items = ToItems(argument, "setproduct's argument");
                count *= items.Count;
                EvaluationBudget.CheckCount(count);
                product = product.SelectMany(prefix => items.Select(item => (IReadOnlyList<TfValue>)prefix.Append(item).ToArray())).ToArray();
            }

            return new TfList(product.Select(p => (TfValue)new TfList(p, false)).ToArray(), false);
        }

        /// <summary>A map of lists of strings turned inside out: each string becomes a key listing the keys that held it.</summary>
        private static TfValue Transpose(TfObject map)
        {
            var transposed = new SortedDictionary<string, List<TfValue>>(StringComparer.Ordinal);
            foreach (var (key, values) in map.Attributes)
            {
                foreach (var value in ToItems(values, "a list of transpose's map"))
                {
                    var name = ToText(value, "an element of transpose's lists");
                    if (!transposed.TryGetValue(name, out var keys))
                    {
                        transposed.Add(name, keys = new List<TfValue>());
                    }

                    keys.Add(new TfString(key));
                }
            }

            return TfObject.Of(transposed.Select(t => new KeyValuePair<string, TfValue>(t.Key, new TfList(t.Value, false))));
        }

        private static TfValue IndexOf(IReadOnlyList<TfValue> a)
        {
            var items = ToItems(a[0], "index's list");
            for (var i = 0; i < items.Count; i++)
            {
                if (TfEquality.KnownEqual(items[i], a[1]))
                {
                    return new TfNumber(i);
                }
            }

            throw new TfEvaluationException("index found no such element");
        }

        /// <summary>Thrown inside a function that meets an element whose unknownness makes the whole result unknown.</summary>
        private sealed class UnknownResult : Exception
        {
        }
    }
}
