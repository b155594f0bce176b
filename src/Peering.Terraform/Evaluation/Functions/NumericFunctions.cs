using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using static Peering.Terraform.Evaluation.TfConvert;

namespace Peering.Terraform.Evaluation.Functions
{
    /// <summary>Numbers (prefix sizes are computed with <c>pow</c>, <c>log</c>, <c>ceil</c>), and the type conversions.</summary>
    internal static class NumericFunctions
    {
        public static void Register(Dictionary<string, TfFunction> table)
        {
            table["max"] = new TfFunction(1, TfFunction.Variadic, a => Number(Numbers(a).Max()));
            table["min"] = new TfFunction(1, TfFunction.Variadic, a => Number(Numbers(a).Min()));
            table["sum"] = new TfFunction(1, 1, a => Number(ToItems(a[0], "sum's list").Select(i => ToNumber(i, "an element of sum's list")).Sum()));
            table["abs"] = new TfFunction(1, 1, a => Number(Math.Abs(ToNumber(a[0], "abs' argument"))));
            table["ceil"] = new TfFunction(1, 1, a => Number(Math.Ceiling(ToNumber(a[0], "ceil's argument"))));
            table["floor"] = new TfFunction(1, 1, a => Number(Math.Floor(ToNumber(a[0], "floor's argument"))));
            table["signum"] = new TfFunction(1, 1, a => Number(Math.Sign(ToNumber(a[0], "signum's argument"))));
            table["pow"] = new TfFunction(2, 2, a => Number(Math.Pow(ToNumber(a[0], "pow's base"), ToNumber(a[1], "pow's exponent"))));
            table["log"] = new TfFunction(2, 2, a => Number(Math.Log(ToNumber(a[0], "log's number"), ToNumber(a[1], "log's base"))));
            table["parseint"] = new TfFunction(2, 2, ParseInt);
            table["range"] = new TfFunction(1, 3, Range);
            table["tonumber"] = new TfFunction(1, 1, a => a[0].IsNull ? TfNull.Instance : Number(ToNumber(a[0], "tonumber's argument")));
            table["tobool"] = new TfFunction(1, 1, a => a[0].IsNull ? TfNull.Instance : TfBool.Of(ToBool(a[0], "tobool's argument")));
        }

        /// <summary>The numbers of <c>max(1, 2)</c> and of <c>max(list...)</c> alike.</summary>
        private static IEnumerable<double> Numbers(IReadOnlyList<TfValue> arguments) =>
            arguments.Select(a => ToNumber(a, "an argument"));

        private static TfValue ParseInt(IReadOnlyList<TfValue> a)
        {
            var text = ToText(a[0], "parseint's string");
            var radix = ToInt(a[1], "parseint's base");
            if (radix < 2 || radix > 36)
            {
                throw new TfEvaluationException("parseint's base must be between 2 and 36");
            }

            var negative = text.StartsWith('-');
            double value = 0;
            foreach (var c in negative ? text.Substring(1) : text)
            {
                var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : 99;
                if (digit >= radix)
                {
                    throw new TfEvaluationException("'" + text + "' is not a number in base " + radix.ToString(CultureInfo.InvariantCulture));
                }

                value = (value * radix) + digit;
            }

            return Number(negative ? -value : value);
        }

        private static TfValue Range(IReadOnlyList<TfValue> a)
        {
            var start = a.Count == 1 ? 0 : ToNumber(a[0], "range's start");
            var end = ToNumber(a[a.Count == 1 ? 0 : 1], "range's limit");
            var step = a.Count == 3 ? ToNumber(a[2], "range's step") : (end >= start ? 1 : -1);
            if (step == 0)
            {
                throw new TfEvaluationException("range's step must not be zero");
            }

            var count = Math.Max(0, Math.Ceiling((end - start) / step));
            EvaluationBudget.CheckCount((long)Math.Min(count, long.MaxValue));
            var items = new TfValue[(int)count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = new TfNumber(start + (i * step));
            }

            return new TfList(items, false);
        }
    }
}
