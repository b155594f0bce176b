using System.Globalization;

namespace Peering.Terraform.Syntax
{
    /// <summary>
    /// The position in one file that the body, expression and template parsers share, with what every one of them
    /// reads the same way: trivia, names, keywords and expected characters. It also counts nesting and nodes for
    /// <see cref="HclLimits"/> in one place, so the limits hold across the three parsers' mutual recursion, and makes
    /// the errors that name what was found there.
    /// </summary>
    internal sealed class HclCursor
    {
        private int depth;
        private int nodes;

        public HclCursor(SourceText file)
        {
            File = file;
            Text = file.Text;
        }

        public SourceText File { get; }

        public string Text { get; }

        /// <summary>The offset of the next character; parsers that look ahead save it and set it back.</summary>
        public int Position { get; set; }

        public bool AtEnd => Position >= Text.Length;

        public static bool IsNameStart(char c) => char.IsLetter(c) || c == '_';

        public static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '-';

        /// <summary>The character <paramref name="ahead"/> places on, or <c>'\0'</c> past the end, so callers need no bounds checks.</summary>
        public char Peek(int ahead = 0) => Position + ahead < Text.Length ? Text[Position + ahead] : '\0';

        public void Advance(int count = 1) => Position += count;

        /// <summary>Spaces, tabs, carriage returns and comments (<c>#</c>, <c>//</c>, <c>/* */</c>), and newlines when asked.</summary>
        public void SkipTrivia(bool newlines)
        {
            while (Position < Text.Length)
            {
                var c = Text[Position];
                if (c == ' ' || c == '\t' || c == '\r' || c == '\uFEFF')
                {
                    Position++;
                }
                else if (c == '\n' && newlines)
                {
                    Position++;
                }
                else if (c == '#' || (c == '/' && Peek(1) == '/'))
                {
                    while (Position < Text.Length && Text[Position] != '\n')
                    {
                        Position++;
                    }
                }
                else if (c == '/' && Peek(1) == '*')
                {
                    var end = Text.IndexOf("*/", Position + 2, System.StringComparison.Ordinal);
                    if (end < 0)
                    {
                        throw Error("a comment '/*' is not closed with '*/'");
                    }

                    Position = end + 2;
                }
                else
                {
                    return;
                }
            }
        }

        public string ReadName()
        {
            var start = Position;
            if (!IsNameStart(Peek()))
            {
                throw Error("expected a name");
            }

            while (Position < Text.Length && IsNamePart(Text[Position]))
            {
                Position++;
            }

            return TextFrom(start);
        }

        /// <summary>True (and consumed) when the next characters are the keyword <paramref name="word"/> as a whole name.</summary>
        public bool TryKeyword(string word)
        {
            if (!IsKeywordAhead(word))
            {
                return false;
            }

            Position += word.Length;
            return true;
        }

        public bool IsKeywordAhead(string word) => IsAhead(word) && !IsNamePart(Peek(word.Length));

        /// <summary>True when the next characters are <paramref name="symbol"/> (not consumed).</summary>
        public bool IsAhead(string symbol) => string.CompareOrdinal(Text, Position, symbol, 0, symbol.Length) == 0;

        public void Expect(char c, string what)
        {
            if (Peek() != c || AtEnd)
            {
                throw Error("expected " + what);
            }

            Position++;
        }

        /// <summary>One level deeper and one node more; every nesting construct calls it so no input overflows the stack.</summary>
        public void Enter()
        {
            if (++depth > HclLimits.MaxDepth)
            {
                throw new HclSyntaxException("it nests blocks and expressions more than " + HclLimits.MaxDepth + " levels deep", Position, isLimit: true);
            }

            if (++nodes > HclLimits.MaxNodes)
            {
                throw new HclSyntaxException("it has more than " + HclLimits.MaxNodes.ToString("N0", CultureInfo.InvariantCulture) + " expressions", Position, isLimit: true);
            }
        }

        /// <summary>Back out of <paramref name="levels"/> levels: a chain of operators or steps enters once per link and leaves at its end.</summary>
        public void Leave(int levels = 1) => depth -= levels;

        public void CountItem(int count)
        {
            if (count > HclLimits.MaxCollectionItems)
            {
                throw new HclSyntaxException("a collection has more than " + HclLimits.MaxCollectionItems.ToString("N0", CultureInfo.InvariantCulture) + " items", Position, isLimit: true);
            }
        }

        public HclSyntaxException Error(string message) =>
            new HclSyntaxException(AtEnd ? message + " before the end of the file" : message + DescribeNext(), Position);

        public TextRange RangeFrom(int start) => new TextRange(start, Position);

        /// <summary>The text read since <paramref name="start"/>.</summary>
        public string TextFrom(int start) => Text.Substring(start, Position - start);

        private string DescribeNext()
        {
            var c = Text[Position];
            return c == '\n' ? " (found the end of the line)" : char.IsControl(c) ? string.Empty : " (found '" + c + "')";
        }
    }
}
