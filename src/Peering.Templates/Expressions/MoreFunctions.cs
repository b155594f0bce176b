using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Peering.Templates.Expressions
{
    /// <summary>Numbers, comparisons and collection helpers: the functions Bicep's operators and loops compile to.</summary>
    internal static class MoreFunctions
    {
        public static ArmValue Arithmetic(IReadOnlyList<ArmValue> arguments, Func<long, long, long?> operation)
        {
            if (arguments.Count != 2 || !(arguments[0] is ArmNumber x) || !(arguments[1] is ArmNumber y))
            {
                return ArmUnknown.Instance;
            }

            return operation(x.Value, y.Value) is long result ? new ArmNumber(result) : ArmUnknown.Instance;
        }

        /// <summary>greater/less and friends: numbers by value, strings ordinally as ARM does.</summary>
        public static ArmValue Compare(IReadOnlyList<ArmValue> arguments, Func<int, bool> test)
        {
            if (arguments.Count != 2)
            {
                return ArmUnknown.Instance;
            }

            return (arguments[0], arguments[1]) switch
            {
                (ArmNumber x, ArmNumber y) => ArmValue.From(test(x.Value.CompareTo(y.Value))),
                (ArmString x, ArmString y) => ArmValue.From(test(string.CompareOrdinal(x.Value, y.Value))),
                _ => ArmUnknown.Instance,
            };
        }

        public static ArmValue Int(IReadOnlyList<ArmValue> arguments) => arguments.Count == 1 ? arguments[0] switch
        {
            ArmNumber n => n,
            ArmString s when long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => new ArmNumber(parsed),
            _ => ArmUnknown.Instance,
        }
        : ArmUnknown.Instance;

        /// <summary><c>range(start, count)</c>, within ARM's copy limit so a hostile count cannot allocate without bound.</summary>
        public static ArmValue Range(IReadOnlyList<ArmValue> arguments)
        {
            if (arguments.Count != 2 || !(arguments[0] is ArmNumber start) || !(arguments[1] is ArmNumber count) || count.Value < 0 || count.Value > PropertyCopy.MaxCount)
            {
                return ArmUnknown.Instance;
            }

            return new ArmArray(Enumerable.Range(0, (int)count.Value).Select(i => (ArmValue)new ArmNumber(start.Value + i)).ToArray());
        }

        public static ArmValue Contains(IReadOnlyList<ArmValue> arguments)
        {
            if (arguments.Count != 2 || !arguments[1].IsFullyKnown)
            {
                return ArmUnknown.Instance;
            }

            switch (arguments[0])
            {
                case ArmString text when arguments[1] is ArmString part:
                    return ArmValue.From(text.Value.IndexOf(part.Value, StringComparison.Ordinal) >= 0);
                case ArmObject obj when arguments[1] is ArmString key:
                    return ArmValue.From(obj.Property(key.Value) != null);
                case ArmArray array when array.IsFullyKnown:
                    return ArmValue.From(array.Items.Any(i => i.ValueEquals(arguments[1])));
                default:
                    return ArmUnknown.Instance;
            }
        }

        /// <summary>The first argument that is not null; unknown when an unknown one comes first.</summary>
        public static ArmValue Coalesce(IReadOnlyList<ArmValue> arguments)
        {
            foreach (var argument in arguments)
            {
                if (!(argument is ArmNull))
                {
                    return argument;
                }
            }

            return ArmNull.Instance;
        }

        public static ArmValue TakeOrSkip(IReadOnlyList<ArmValue> arguments, bool take)
        {
            if (arguments.Count != 2 || !(arguments[1] is ArmNumber n))
            {
                return ArmUnknown.Instance;
            }

            var count = (int)Math.Max(0, Math.Min(n.Value, int.MaxValue));
            switch (arguments[0])
            {
                case ArmArray array:
                    return new ArmArray((take ? array.Items.Take(count) : array.Items.Skip(count)).ToArray());
                case ArmString text:
                    count = Math.Min(count, text.Value.Length);
                    return new ArmString(take ? text.Value.Substring(0, count) : text.Value.Substring(count));
                default:
                    return ArmUnknown.Instance;
            }
        }
    }
}
