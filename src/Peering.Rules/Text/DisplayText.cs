using System;
using System.Globalization;
using System.Text;

namespace Peering.Rules.Text
{
    /// <summary>
    /// Renders user-supplied text inside diagnostic messages and reports. The text comes from arbitrary source code and
    /// templates, so it is bounded (a megabyte-long literal must not flood the IDE) and characters that are
    /// invisible, move the cursor or reorder text (controls such as ESC, CR and LF, bidi overrides, line separators,
    /// lone surrogates) are shown as <c>\uXXXX</c>. Each output format escapes its own syntax on top of this.
    /// </summary>
    public static class DisplayText
    {
        /// <summary>How much of a value a message quotes.</summary>
        public const int MaxChars = 64;
        private const string Ellipsis = "\u2026";

        /// <summary>The text escaped and shortened, between single quotes.</summary>
        public static string Quote(string value) => "'" + Escape(value) + "'";

        /// <summary>The whole text with hidden characters made visible, for reports that show a message or path in full.</summary>
        public static string Visible(string? value) => Escape(value, int.MaxValue);

        /// <summary>The text with hidden characters made visible, cut after <paramref name="maxChars"/> characters.</summary>
        public static string Escape(string? value, int maxChars = MaxChars)
        {
            if (string.IsNullOrEmpty(value))
            {
                return string.Empty;
            }

            var builder = new StringBuilder(Math.Min(value!.Length, maxChars) + 8);
            int i = 0;
            while (i < value.Length && i < maxChars)
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
