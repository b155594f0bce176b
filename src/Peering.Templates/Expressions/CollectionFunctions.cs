using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Peering.Templates.Expressions
{
    /// <summary>
    /// ARM's array and object functions (learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-array,
    /// template-functions-object) beyond those in <see cref="ArmFunctions"/>, including <c>tryGet</c>, which Bicep's
    /// <c>a.?b</c> and <c>a[?i]</c> compile to.
    /// </summary>
    internal static class CollectionFunctions
    {
        /// <summary><c>array(value)</c>: an array stays itself, anything else becomes a one-item array.</summary>
        public static ArmValue Array(IReadOnlyList<ArmValue> arguments) => arguments.Count == 1 ? arguments[0] switch
        {
            ArmUnknown => ArmUnknown.Instance,
            ArmArray a => a,
            var value => new ArmArray(new[] { value }),
        }
        : ArmUnknown.Instance;

        /// <summary><c>flatten(arrayOfArrays)</c>: one level, in order.</summary>
        public static ArmValue Flatten(IReadOnlyList<ArmValue> arguments) =>
            arguments.Count == 1 && arguments[0] is ArmArray outer && outer.Items.All(i => i is ArmArray)
                ? new ArmArray(outer.Items.SelectMany(i => ((ArmArray)i).Items).ToArray())
                : ArmUnknown.Instance;

        /// <summary><c>intersection(a, b, ...)</c>: the items (or properties, same name and value) of the first that every other has.</summary>
        public static ArmValue Intersection(IReadOnlyList<ArmValue> arguments)
        {
            if (arguments.Count < 2 || !arguments.All(a => a.IsFullyKnown))
            {
                return ArmUnknown.Instance;
            }

            if (arguments.All(a => a is ArmArray))
            {
                var others = arguments.Skip(1).Cast<ArmArray>().ToArray();
                var common = new List<ArmValue>();
                foreach (var item in ((ArmArray)arguments[0]).Items)
                {
                    if (!common.Any(c => c.ValueEquals(item)) && others.All(o => o.Items.Any(i => i.ValueEquals(item))))
                    {
                        common.Add(item);
                    }
                }

                return new ArmArray(common);
            }

            if (arguments.All(a => a is ArmObject))
            {
                var others = arguments.Skip(1).Cast<ArmObject>().ToArray();
                return new ArmObject(((ArmObject)arguments[0]).Properties.Where(p => others.All(o => o.Property(p.Key) is ArmValue v && v.ValueEquals(p.Value))).ToArray());
            }

            return ArmUnknown.Instance;
        }

        /// <summary><c>join(arrayOfStrings, delimiter)</c>.</summary>
        public static ArmValue Join(IReadOnlyList<ArmValue> arguments) =>
            arguments.Count == 2 && arguments[0] is ArmArray array && arguments[1] is ArmString delimiter && array.Items.All(i => i is ArmString)
                ? new ArmString(string.Join(delimiter.Value, array.Items.Select(i => ((ArmString)i).Value)))
                : ArmUnknown.Instance;

        /// <summary><c>min</c>/<c>max</c> of integers, given as arguments or as one array.</summary>
        public static ArmValue Extreme(IReadOnlyList<ArmValue> arguments, bool max)
        {
            var values = arguments.Count == 1 && arguments[0] is ArmArray array ? array.Items : arguments;
            if (values.Count == 0 || !values.All(v => v is ArmNumber))
            {
                return ArmUnknown.Instance;
            }

            var numbers = values.Select(v => ((ArmNumber)v).Value);
            return new ArmNumber(max ? numbers.Max() : numbers.Min());
        }

        /// <summary><c>indexOf</c>/<c>lastIndexOf</c> of an item in an array (compared exactly), or of text in text.</summary>
        public static ArmValue IndexOf(IReadOnlyList<ArmValue> arguments, bool last)
        {
            if (arguments.Count != 2)
            {
                return ArmUnknown.Instance;
            }

            switch (arguments[0])
            {
                case ArmString text when arguments[1] is ArmString part:
                    return StringFunctions.IndexOf(text.Value, part.Value, last);
                case ArmArray array when array.IsFullyKnown && arguments[1].IsFullyKnown:
                    var indexes = Enumerable.Range(0, array.Items.Count).Where(i => array.Items[i].ValueEquals(arguments[1]));
                    return new ArmNumber(last ? indexes.DefaultIfEmpty(-1).Last() : indexes.DefaultIfEmpty(-1).First());
                default:
                    return ArmUnknown.Instance;
            }
        }

        /// <summary><c>items(object)</c>: <c>{ key, value }</c> for each property, ordered by key as ARM orders them.</summary>
        public static ArmValue Items(IReadOnlyList<ArmValue> arguments) =>
            arguments.Count == 1 && arguments[0] is ArmObject obj && SortedKeys(obj) is string[] keys
                ? new ArmArray(keys.Select(k => (ArmValue)new ArmObject(new[]
                {
                    new KeyValuePair<string, ArmValue>("key", new ArmString(k)),
                    new KeyValuePair<string, ArmValue>("value", obj.Property(k)!),
                })).ToArray())
                : ArmUnknown.Instance;

        /// <summary><c>objectKeys(object)</c>, in the order of <see cref="Items"/>.</summary>
        public static ArmValue ObjectKeys(IReadOnlyList<ArmValue> arguments) =>
            arguments.Count == 1 && arguments[0] is ArmObject obj && SortedKeys(obj) is string[] keys
                ? new ArmArray(keys.Select(k => (ArmValue)new ArmString(k)).ToArray())
                : ArmUnknown.Instance;

        /// <summary><c>shallowMerge(arrayOfObjects)</c>: top-level properties, later objects winning, nested objects replaced rather than merged.</summary>
        public static ArmValue ShallowMerge(IReadOnlyList<ArmValue> arguments) =>
            arguments.Count == 1 && arguments[0] is ArmArray array && array.Items.All(i => i is ArmObject)
                ? new ArmObject(array.Items.SelectMany(i => ((ArmObject)i).Properties).ToArray())
                : ArmUnknown.Instance;

        /// <summary>
        /// <c>tryGet(value, keyOrIndex, ...)</c>: the property or item at each key in turn, or null where one is missing
        /// (an object without the property, an index outside the array, a null on the way).
        /// </summary>
        public static ArmValue TryGet(IReadOnlyList<ArmValue> arguments)
        {
            if (arguments.Count < 2)
            {
                return ArmUnknown.Instance;
            }

            var current = arguments[0];
            foreach (var key in arguments.Skip(1))
            {
                current = (current, key) switch
                {
                    (ArmNull, _) => ArmNull.Instance,
                    (ArmObject obj, ArmString name) => obj.Property(name.Value) ?? ArmNull.Instance,
                    (ArmArray array, ArmNumber index) => index.Value >= 0 && index.Value < array.Items.Count ? array.Items[(int)index.Value] : ArmNull.Instance,
                    _ => ArmUnknown.Instance,
                };
            }

            return current;
        }

        /// <summary>
        /// An object's keys in ARM's "alphabetical" order (Bicep: "consistently ordered alphabetically by key"). Which
        /// comparison ARM sorts with is not documented; when ordinal, case-insensitive and invariant-culture orders
        /// disagree (keys differing in case or in punctuation), the order is not known and neither is the result.
        /// </summary>
        private static string[]? SortedKeys(ArmObject obj)
        {
            var ordinal = obj.Names.OrderBy(n => n, StringComparer.Ordinal).ToArray();
            var ignoringCase = obj.Names.OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ThenBy(n => n, StringComparer.Ordinal);
            var culture = obj.Names.OrderBy(n => n, StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: false));
            return ordinal.SequenceEqual(ignoringCase) && ordinal.SequenceEqual(culture) ? ordinal : null;
        }
    }
}
