using System.Globalization;
using System.Text;

namespace Peering.Cli.Output
{
    /// <summary>
    /// Text from templates (names, paths, messages) made safe to show: characters that are invisible, move the
    /// cursor or reorder text (controls such as ESC, CR and LF, bidi overrides, line separators, lone surrogates)
    /// become <c>\uXXXX</c>, and very long text is cut. Each format escapes its own syntax on top of this.
    /// </summary>
    public static class VisibleText
    {
        private const string Ellipsis = "\u2026";

        public static string Of(string? value, int maxChars = int.MaxValue)
        {
            if (string.IsNullOrEmpty(value))
            {
                return string.Empty;
            }

            var builder = new StringBuilder(value.Length);
            int i = 0;
            while (i < value.Length && i < maxChars)
            {
                char c = value[i];
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
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

        private static bool IsHidden(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate => true,
            _ => false,
        };
    }
}
