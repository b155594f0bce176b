using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using static Peering.Terraform.Evaluation.TfConvert;

namespace Peering.Terraform.Evaluation.Functions
{
    /// <summary>
    /// <c>format</c> and <c>formatlist</c>: the verbs names and ids are built with (<c>%s %d %v %q %t %f %x %%</c>, with
    /// flags, width and precision), as Terraform's funcs/string.go documents them.
    /// </summary>
    internal static class FormatFunction
    {
        public static void Register(Dictionary<string, TfFunction> table)
        {
            table["format"] = new TfFunction(1, TfFunction.Variadic, a => new TfString(Format(ToText(a[0], "format's specification"), a.Skip(1).ToArray())));
            table["formatlist"] = new TfFunction(1, TfFunction.Variadic, FormatList);
        }

        private static TfValue FormatList(IReadOnlyList<TfValue> a)
        {
            var spec = ToText(a[0], "formatlist's specification");
            var arguments = a.Skip(1).ToArray();
            var length = arguments.OfType<TfList>().Select(l => l.Items.Count).DefaultIfEmpty(1).Max();
            if (arguments.OfType<TfList>().Any(l => l.Items.Count != length))
            {
                throw new TfEvaluationException("formatlist's lists have different lengths");
            }

            var results = new TfValue[length];
            for (var i = 0; i < length; i++)
            {
                results[i] = new TfString(Format(spec, arguments.Select(arg => arg is TfList list ? list.Items[i] : arg).ToArray()));
            }

            return new TfList(results, false);
        }

        public static string Format(string spec, IReadOnlyList<TfValue> arguments)
        {
            var output = new StringBuilder();
            var next = 0;
            for (var i = 0; i < spec.Length; i++)
            {
                if (spec[i] != '%')
                {
                    output.Append(spec[i]);
                    continue;
                }

                if (++i >= spec.Length)
                {
                    throw new TfEvaluationException("format's specification ends with '%'");
                }

                if (spec[i] == '%')
                {
                    output.Append('%');
                    continue;
                }

                var flags = new StringBuilder();
                while (i < spec.Length && "+-# 0".IndexOf(spec[i]) >= 0)
                {
                    flags.Append(spec[i++]);
                }

                var width = ReadNumber(spec, ref i);
                int? precision = null;
                if (i < spec.Length && spec[i] == '.')
                {
                    i++;
                    precision = ReadNumber(spec, ref i) ?? 0;
                }

                if (i < spec.Length && spec[i] == '[')
                {
                    // An explicit argument index, %[2]s.
                    var close = spec.IndexOf(']', i);
                    if (close < 0 || !int.TryParse(spec.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var position) || position < 1)
                    {
                        throw new TfEvaluationException("format's specification has an invalid argument index");
                    }

                    next = position - 1;
                    i = close + 1;
                }

                if (i >= spec.Length)
                {
                    throw new TfEvaluationException("format's specification ends inside a verb");
                }

                if (next >= arguments.Count)
                {
                    throw new TfEvaluationException("format has too few arguments");
                }

                var text = Verb(spec[i], arguments[next++], precision, flags.ToString());
                output.Append(Pad(text, width, flags.ToString()));
                EvaluationBudget.CheckString(output.ToString());
            }

            return output.ToString();
        }

        private static int? ReadNumber(string spec, ref int i)
        {
            var start = i;
            while (i < spec.Length && char.IsAsciiDigit(spec[i]) && i - start < 6)
            {
                i++;
            }

            return i > start ? int.Parse(spec.AsSpan(start, i - start), CultureInfo.InvariantCulture) : null;
        }

        private static string Verb(char verb, TfValue value, int? precision, string flags)
        {
            switch (verb)
            {
                case 's':
                    var s = ToText(value, "a %s argument");
                    return precision is int p && p < s.Length ? s.Substring(0, p) : s;
                case 'v':
                    return value is TfString or TfNumber or TfBool ? value.AsString! : EncodingFunctions.Json(value);
                case 'q':
                    return EncodingFunctions.Json(new TfString(ToText(value, "a %q argument")));
                case 't':
                    return ToBool(value, "a %t argument") ? "true" : "false";
                case 'd':
                    var whole = ToNumber(value, "a %d argument");
                    if (whole != Math.Floor(whole))
                    {
                        throw new TfEvaluationException("a %d argument must be a whole number");
                    }

                    var d = whole.ToString("F0", CultureInfo.InvariantCulture);
                    return flags.Contains('+') && whole >= 0 ? "+" + d : d;
                case 'f':
                    return ToNumber(value, "a %f argument").ToString("F" + (precision ?? 6).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                case 'x':
                case 'X':
                    var hex = value is TfString text
                        ? Convert.ToHexString(Encoding.UTF8.GetBytes(text.Value))
                        : ((long)ToNumber(value, "a %x argument")).ToString("X", CultureInfo.InvariantCulture);
                    return verb == 'x' ? hex.ToLowerInvariant() : hex;
                default:
                    throw new TfEvaluationException("format verb %" + verb + " is not supported");
            }
        }

        private static string Pad(string text, int? width, string flags)
        {
            if (width is not int w || text.Length >= w)
            {
                return text;
            }

            if (flags.Contains('-'))
            {
                return text.PadRight(w);
            }

            if (flags.Contains('0'))
            {
                var sign = text.StartsWith('-') || text.StartsWith('+') ? text.Substring(0, 1) : string.Empty;
                return sign + text.Substring(sign.Length).PadLeft(w - sign.Length, '0');
            }

            return text.PadLeft(w);
        }
    }
}
