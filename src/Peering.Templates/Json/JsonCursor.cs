using System;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Peering.Templates.Json
{
    /// <summary>
    /// A position in JSON text with its 1-based line and column (columns count characters, a surrogate pair once).
    /// It reads JSON as ARM's Newtonsoft-based parser reads templates, as far as real templates rely on it:
    /// <c>//</c> and <c>/* */</c> comments and line breaks inside strings (both documented in ARM's template syntax,
    /// "Comments" and "Multi-line strings": learn.microsoft.com/azure/azure-resource-manager/templates/syntax),
    /// trailing commas, and any Unicode white space between tokens. What no template relies on (single-quoted
    /// strings, unquoted names, NaN, hexadecimal numbers) is still an error, reported where the text breaks.
    /// </summary>
    internal sealed class JsonCursor
    {
        private readonly string text;
        private int position;
        private int lastCharacterLine = 1;

        public JsonCursor(string text)
        {
            this.text = text;
        }

        public int Line { get; private set; } = 1;

        public int Column { get; private set; } = 1;

        /// <summary>The line of the character before the cursor: where a value just read ends.</summary>
        public int LineOfLastCharacter => lastCharacterLine;

        public char Current => text[position];

        private bool AtEnd => position >= text.Length;

        public void Advance()
        {
            var c = text[position];
            lastCharacterLine = Line;
            position++;
            if (c == '\n')
            {
                Line++;
                Column = 1;
            }
            else if (!char.IsLowSurrogate(c) || position < 2 || !char.IsHighSurrogate(text[position - 2]))
            {
                Column++;
            }
        }

        /// <summary>Skips white space and comments; false at the end of the text.</summary>
        public bool SkipSpace()
        {
            while (!AtEnd)
            {
                var c = Current;
                if (char.IsWhiteSpace(c))
                {
                    Advance();
                }
                else if (c == '/' && position + 1 < text.Length && text[position + 1] == '/')
                {
                    while (!AtEnd && Current != '\n')
                    {
                        Advance();
                    }
                }
                else if (c == '/' && position + 1 < text.Length && text[position + 1] == '*')
                {
                    SkipBlockComment();
                }
                else
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Skips white space and comments, and reports <paramref name="message"/> when the text ends there.</summary>
        public void ExpectMore(string message)
        {
            if (!SkipSpace())
            {
                throw Error(message);
            }
        }

        /// <summary>A string token (the cursor is on its opening quote); its raw line breaks are kept, as ARM keeps them.</summary>
        public string ReadString()
        {
            var (line, column) = (Line, Column);
            Advance();
            StringBuilder? escaped = null;
            var start = position;
            while (!AtEnd)
            {
                var c = Current;
                if (c == '"')
                {
                    var value = escaped == null ? text.Substring(start, position - start) : escaped.Append(text, start, position - start).ToString();
                    Advance();
                    return value;
                }

                if (c == '\\')
                {
                    escaped ??= new StringBuilder();
                    escaped.Append(text, start, position - start);
                    AppendEscape(escaped);
                    start = position;
                }
                else
                {
                    Advance();
                }
            }

            throw ErrorAt("A string is not closed.", line, column);
        }

        /// <summary>A number as written, checked against JSON's grammar: <c>-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?</c>.</summary>
        public string ReadNumber()
        {
            var (line, column) = (Line, Column);
            var start = position;
            Accept('-');
            if (!Accept('0') && !Digits())
            {
                throw Error("A number needs digits.");
            }

            if (Accept('.') && !Digits())
            {
                throw Error("A number needs digits after its decimal point.");
            }

            if (Accept('e') || Accept('E'))
            {
                if (!Accept('+'))
                {
                    Accept('-');
                }

                if (!Digits())
                {
                    throw Error("A number needs digits in its exponent.");
                }
            }

            var number = text.Substring(start, position - start);
            EndOfToken(number, line, column);
            return number;
        }

        /// <summary>One of the words <c>true</c>, <c>false</c>, <c>null</c>.</summary>
        public void ReadWord(string word)
        {
            var (line, column) = (Line, Column);
            if (string.CompareOrdinal(text, position, word, 0, word.Length) != 0)
            {
                throw Error("'" + Token() + "' is not a JSON value; strings are written in double quotes.");
            }

            for (var i = 0; i < word.Length; i++)
            {
                Advance();
            }

            EndOfToken(word, line, column);
        }

        public JsonException Error(string message) => ErrorAt(message, Line, Column);

        /// <summary>The word at the cursor (letters, digits, '.', '_'), or the character there, for messages.</summary>
        public string Token()
        {
            var end = position;
            while (end < text.Length && end - position < 20 && (char.IsLetterOrDigit(text[end]) || text[end] == '.' || text[end] == '_'))
            {
                end++;
            }

            return end == position ? Show(Current) : text.Substring(position, end - position);
        }

        /// <summary>A character as a reader can see it in a message: control characters as <c>\u000A</c>.</summary>
        public static string Show(char c) => char.IsControl(c) ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString();

        private void SkipBlockComment()
        {
            var (line, column) = (Line, Column);
            Advance();
            Advance();
            while (!AtEnd)
            {
                if (Current == '*' && position + 1 < text.Length && text[position + 1] == '/')
                {
                    Advance();
                    Advance();
                    return;
                }

                Advance();
            }

            throw ErrorAt("A comment is not closed.", line, column);
        }

        private void AppendEscape(StringBuilder builder)
        {
            var (line, column) = (Line, Column);
            Advance();
            if (AtEnd)
            {
                throw Error("A string is not closed.");
            }

            var c = Current;
            switch (c)
            {
                case '"':
                case '\\':
                case '/':
                    builder.Append(c);
                    break;
                case 'b':
                    builder.Append('\b');
                    break;
                case 'f':
                    builder.Append('\f');
                    break;
                case 'n':
                    builder.Append('\n');
                    break;
                case 'r':
                    builder.Append('\r');
                    break;
                case 't':
                    builder.Append('\t');
                    break;
                case 'u':
                    AppendUnicodeEscape(builder, line, column);
                    return;
                default:
                    throw ErrorAt("'\\" + Show(c) + "' is not an escape sequence of JSON.", line, column);
            }

            Advance();
        }

        /// <summary>
        /// <c>\uXXXX</c>. A surrogate must be half of a pair (escaped or not): a lone one is no text, and writing it into a
        /// report would fail, so it is a JSON error here, as it was for the reader this one replaced.
        /// </summary>
        private void AppendUnicodeEscape(StringBuilder builder, int line, int column)
        {
            var escape = position - 1;
            if (position + 5 > text.Length || !ushort.TryParse(text.AsSpan(position + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                throw ErrorAt("'\\u' must be followed by four hexadecimal digits.", line, column);
            }

            for (var i = 0; i < 5; i++)
            {
                Advance();
            }

            var c = (char)code;
            var paired = char.IsHighSurrogate(c)
                ? position + 6 <= text.Length && text[position] == '\\' && text[position + 1] == 'u'
                    && ushort.TryParse(text.AsSpan(position + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var low) && char.IsLowSurrogate((char)low)
                : !char.IsLowSurrogate(c) || (builder.Length > 0 && char.IsHighSurrogate(builder[builder.Length - 1]));
            if (!paired)
            {
                throw ErrorAt("'" + text.Substring(escape, 6) + "' is half of a surrogate pair, which is not text.", line, column);
            }

            builder.Append(c);
        }

        private bool Accept(char c)
        {
            if (!AtEnd && Current == c)
            {
                Advance();
                return true;
            }

            return false;
        }

        private bool Digits()
        {
            var start = position;
            while (!AtEnd && Current >= '0' && Current <= '9')
            {
                Advance();
            }

            return position > start;
        }

        /// <summary>A number or word must end where a JSON token may: <c>01</c> or <c>truex</c> is an error, not two tokens.</summary>
        private void EndOfToken(string token, int line, int column)
        {
            if (!AtEnd && (char.IsLetterOrDigit(Current) || Current == '.' || Current == '_'))
            {
                throw ErrorAt("'" + token + Token() + "' is not a JSON value.", line, column);
            }
        }

        private static JsonException ErrorAt(string message, int line, int column) => new JsonException(message, null, line - 1, column - 1);
    }
}
