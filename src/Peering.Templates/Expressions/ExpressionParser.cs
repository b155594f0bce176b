using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Peering.Templates.Expressions
{
    /// <summary>
    /// Parses ARM's expression syntax: function calls, single-quoted strings (<c>''</c> escapes a quote), integers,
    /// property access and indexers. Nesting is bounded so hostile input cannot exhaust the stack.
    /// </summary>
    internal sealed class ExpressionParser
    {
        /// <summary>Calls, indexers and arguments inside one another; deeper is reported, not parsed.</summary>
        public const int MaxNesting = 64;

        private readonly string text;
        private int position;
        private int nesting;

        private ExpressionParser(string text)
        {
            this.text = text;
        }

        /// <summary>Parses the inside of <c>[...]</c>; null when it is not a valid expression, and <paramref name="tooDeep"/> when it nests beyond <see cref="MaxNesting"/>.</summary>
        public static Expression? TryParse(string text, out bool tooDeep)
        {
            var parser = new ExpressionParser(text);
            tooDeep = false;
            try
            {
                var expression = parser.ParseExpression();
                parser.SkipSpaces();
                return parser.position == text.Length ? expression : null;
            }
            catch (NestingException)
            {
                tooDeep = true;
                return null;
            }
            catch (FormatException)
            {
                return null;
            }
        }

        private Expression ParseExpression()
        {
            if (++nesting > MaxNesting)
            {
                throw new NestingException();
            }

            var expression = ParsePrimary();
            while (true)
            {
                SkipSpaces();
                if (Accept('.'))
                {
                    expression = new PropertyExpression(expression, ReadIdentifier());
                }
                else if (Accept('['))
                {
                    var index = ParseExpression();
                    Expect(']');
                    expression = new IndexExpression(expression, index);
                }
                else
                {
                    nesting--;
                    return expression;
                }
            }
        }

        private Expression ParsePrimary()
        {
            SkipSpaces();
            if (position >= text.Length)
            {
                throw new FormatException("The expression ends early.");
            }

            var c = text[position];
            if (c == '\'')
            {
                return new LiteralExpression(new ArmString(ReadString()));
            }

            if (char.IsDigit(c) || (c == '-' && position + 1 < text.Length && char.IsDigit(text[position + 1])))
            {
                return new LiteralExpression(ReadNumber());
            }

            // A primary name may be namespaced (user-defined functions: 'ns.fn'); dots after ')' are property access.
            var name = ReadIdentifier(allowDots: true);
            SkipSpaces();
            if (!Accept('('))
            {
                // Bare true/false/null appear in hand-written templates; ARM's own spelling is true() and false().
                return name.ToLowerInvariant() switch
                {
                    "true" => new LiteralExpression(ArmBool.True),
                    "false" => new LiteralExpression(ArmBool.False),
                    "null" => new LiteralExpression(ArmNull.Instance),
                    _ => throw new FormatException("A name must be followed by '('."),
                };
            }

            var arguments = new List<Expression>();
            SkipSpaces();
            if (!Accept(')'))
            {
                do
                {
                    arguments.Add(ParseExpression());
                    SkipSpaces();
                }
                while (Accept(','));
                Expect(')');
            }

            return new CallExpression(name, arguments);
        }

        private string ReadString()
        {
            var builder = new StringBuilder();
            position++;
            while (position < text.Length)
            {
                var c = text[position++];
                if (c != '\'')
                {
                    builder.Append(c);
                }
                else if (position < text.Length && text[position] == '\'')
                {
                    builder.Append('\'');
                    position++;
                }
                else
                {
                    return builder.ToString();
                }
            }

            throw new FormatException("A string is not closed.");
        }

        private ArmValue ReadNumber()
        {
            var start = position;
            position++;
            while (position < text.Length && char.IsDigit(text[position]))
            {
                position++;
            }

            return long.TryParse(text.Substring(start, position - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                ? new ArmNumber(value)
                : throw new FormatException("The number is out of range.");
        }

        private string ReadIdentifier(bool allowDots = false)
        {
            SkipSpaces();
            var start = position;
            while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '_' || text[position] == '$' || (allowDots && text[position] == '.')))
            {
                position++;
            }

            return position > start ? text.Substring(start, position - start) : throw new FormatException("A name is expected.");
        }

        private void SkipSpaces()
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }
        }

        private bool Accept(char c)
        {
            SkipSpaces();
            if (position < text.Length && text[position] == c)
            {
                position++;
                return true;
            }

            return false;
        }

        private void Expect(char c)
        {
            if (!Accept(c))
            {
                throw new FormatException("'" + c + "' is expected.");
            }
        }

        private sealed class NestingException : FormatException
        {
        }
    }
}
