using System.Globalization;
using System.Text;

namespace Peering.Rules.Text
{
    /// <summary>
    /// Renders user-supplied text inside diagnostic messages. The text comes from arbitrary source code and
    /// templates, so it is bounded (a megabyte-long literal must not flood the IDE) and characters that are
    /// invisible or reorder text (controls, bidi overrides, lone surrogates) are shown as <c>\uXXXX</c>.
    /// </summary>
    internal static class DisplayText
    {
        internal const int MaxChars = 64;
        private const string Ellipsis = "\u2026";

        /// <summary>The text escaped and shortened, between single quotes.</summary>
        internal static string Quote(string value) => "'" + Escape(value) + "'";

        internal static string Escape(string value)
        {
            var builder = new StringBuilder(MaxChars + 8);
            int i = 0;
            while (i < value.Length && i < MaxChars)
            {
                char c = value[i];
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    // Keep a pair whole, even when it straddles the limit.
                    builder.Append(c).Append(value[i + 1]);
                    i += 2;
                    continue;
                }

                if (IsHidden(c))
                {
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c);
                }

                i++;
            }

            if (i < value.Length)
            {
                builder.Append(Ellipsis);
            }

            return builder.ToString();
        }

        private static bool IsHidden(char c)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Control:
                case UnicodeCategory.Format:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                case UnicodeCategory.Surrogate:
                    return true;
                default:
                    return false;
            }
        }
    }
}
