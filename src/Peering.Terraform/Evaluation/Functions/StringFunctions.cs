using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using static Peering.Terraform.Evaluation.TfConvert;

namespace Peering.Terraform.Evaluation.Functions
{
    /// <summary>String functions: case, trimming, splitting and joining, replacing, and the path functions over strings.</summary>
    internal static class StringFunctions
    {
        /// <summary>Terraform's regular expressions are RE2: linear time. .NET's non-backtracking engine keeps that promise.</summary>
        private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

        public static void Register(Dictionary<string, TfFunction> table)
        {
            table["lower"] = Text1(s => s.ToLowerInvariant());
            table["upper"] = Text1(s => s.ToUpperInvariant());
            table["title"] = Text1(Title);
            table["trimspace"] = Text1(s => s.Trim());
            table["chomp"] = Text1(s => s.TrimEnd('\r', '\n'));
            table["strrev"] = Text1(s => new string(s.Reverse().ToArray()));
            table["basename"] = Text1(s => s.TrimEnd('/').Split('/').Last());
            table["dirname"] = Text1(Dirname);
            table["tostring"] = new TfFunction(1, 1, a => a[0].IsNull ? TfNull.Instance : new TfString(ToText(a[0], "tostring's argument")));
            table["trim"] = Text2((s, cut) => s.Trim(cut.ToCharArray()));
            table["trimprefix"] = Text2((s, prefix) => prefix.Length > 0 && s.StartsWith(prefix, StringComparison.Ordinal) ? s.Substring(prefix.Length) : s);
            table["trimsuffix"] = Text2((s, suffix) => suffix.Length > 0 && s.EndsWith(suffix, StringComparison.Ordinal) ? s.Substring(0, s.Length - suffix.Length) : s);
            table["startswith"] = new TfFunction(2, 2, a => TfBool.Of(ToText(a[0], "startswith's string").StartsWith(ToText(a[1], "the prefix"), StringComparison.Ordinal)));
            table["endswith"] = new TfFunction(2, 2, a => TfBool.Of(ToText(a[0], "endswith's string").EndsWith(ToText(a[1], "the suffix"), StringComparison.Ordinal)));
            table["strcontains"] = new TfFunction(2, 2, a => TfBool.Of(ToText(a[0], "strcontains' string").Contains(ToText(a[1], "the substring"), StringComparison.Ordinal)));
            table["split"] = new TfFunction(2, 2, Split);
            table["join"] = new TfFunction(2, TfFunction.Variadic, Join);
            table["replace"] = new TfFunction(3, 3, Replace);
            table["substr"] = new TfFunction(3, 3, Substr);
            table["regex"] = new TfFunction(2, 2, a => Match(a, all: false));
            table["regexall"] = new TfFunction(2, 2, a => Match(a, all: true));
            table["indent"] = new TfFunction(2, 2, a => new TfString(ToText(a[1], "indent's string").Replace("\n", "\n" + new string(' ', Math.Clamp(ToInt(a[0], "indent's spaces"), 0, 1000)))));
        }

        private static TfFunction Text1(Func<string, string> body) =>
            new TfFunction(1, 1, a => new TfString(body(ToText(a[0], "the argument"))));

        private static TfFunction Text2(Func<string, string, string> body) =>
            new TfFunction(2, 2, a => new TfString(body(ToText(a[0], "the first argument"), ToText(a[1], "the second argument"))));

        private static string Title(string s)
        {
            var chars = s.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (i == 0 || !char.IsLetter(chars[i - 1]))
                {
                    chars[i] = char.ToUpperInvariant(chars[i]);
                }
            }

            return new string(chars);
        }

        private static string Dirname(string path)
        {
            var trimmed = path.TrimEnd('/');
            var cut = trimmed.LastIndexOf('/');
            return cut < 0 ? "." : cut == 0 ? "/" : trimmed.Substring(0, cut);
        }

        private static TfValue Split(IReadOnlyList<TfValue> a)
        {
            var separator = ToText(a[0], "split's separator");
            var text = ToText(a[1], "split's string");
            var parts = separator.Length == 0 ? text.Select(c => c.ToString()).ToArray() : text.Split(separator);
            EvaluationBudget.CheckCount(parts.Length);
            return new TfList(parts.Select(p => (TfValue)new TfString(p)).ToArray(), false);
        }

        private static TfValue Join(IReadOnlyList<TfValue> a)
        {
            var separator = ToText(a[0], "join's separator");
            var items = a.Skip(1).SelectMany(list => ToItems(list, "join's list")).Select(i => ToText(i, "an element of join's list"));
            return new TfString(EvaluationBudget.CheckString(string.Join(separator, items)));
        }

        private static TfValue Replace(IReadOnlyList<TfValue> a)
        {
            var text = ToText(a[0], "replace's string");
            var search = ToText(a[1], "replace's substring");
            var replacement = ToText(a[2], "replace's replacement");
            if (search.Length > 1 && search.StartsWith('/') && search.EndsWith('/'))
            {
                var regex = Compile(search.Substring(1, search.Length - 2));
                return new TfString(EvaluationBudget.CheckString(regex.Replace(text, replacement)));
            }

            return new TfString(search.Length == 0 ? text : EvaluationBudget.CheckString(text.Replace(search, replacement, StringComparison.Ordinal)));
        }

        private static TfValue Substr(IReadOnlyList<TfValue> a)
        {
            var text = ToText(a[0], "substr's string");
            var offset = ToInt(a[1], "substr's offset");
            var length = ToInt(a[2], "substr's length");
            if (offset < 0)
            {
                offset += text.Length;
            }

            if (offset < 0 || offset > text.Length)
            {
                throw new TfEvaluationException("substr's offset is out of range");
            }

            var available = text.Length - offset;
            return new TfString(text.Substring(offset, length < 0 || length > available ? available : length));
        }

        private static TfValue Match(IReadOnlyList<TfValue> a, bool all)
        {
            var regex = Compile(ToText(a[0], "the pattern"));
            var text = ToText(a[1], "the string");
            try
            {
                var matches = regex.Matches(text).Select(m => Captures(regex, m)).ToArray();
                if (all)
                {
                    return new TfList(matches, false);
                }

                return matches.Length > 0 ? matches[0] : throw new TfEvaluationException("the pattern does not match");
            }
            catch (RegexMatchTimeoutException)
            {
                throw new TfEvaluationException("the pattern takes too long");
            }
        }

        /// <summary>What <c>regex</c> returns for one match: the text, a list of groups, or a map of named groups.</summary>
        private static TfValue Captures(Regex regex, Match match)
        {
            var names = regex.GetGroupNames().Where(n => !int.TryParse(n, out _)).ToArray();
            if (names.Length > 0)
            {
                return TfObject.Of(names.Select(n => new KeyValuePair<string, TfValue>(n, new TfString(match.Groups[n].Value))));
            }

            return match.Groups.Count == 1
                ? new TfString(match.Value)
                : new TfList(match.Groups.Cast<Group>().Skip(1).Select(g => (TfValue)new TfString(g.Value)).ToArray(), false);
        }

        private static Regex Compile(string pattern)
        {
            try
            {
                return new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, RegexTimeout);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException)
            {
                throw new TfEvaluationException("the pattern is not a regular expression the reader evaluates");
            }
        }
    }
}
