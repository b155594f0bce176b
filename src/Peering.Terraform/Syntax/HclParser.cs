using System;
using System.Collections.Generic;
using System.Globalization;

namespace Peering.Terraform.Syntax
{
    /// <summary>
    /// A recursive-descent parser for HCL native syntax (hashicorp/hcl hclsyntax/spec.md), reading characters directly
    /// so that templates nest inside expressions without a separate tokenizer mode. It keeps offsets for every node
    /// and throws <see cref="HclSyntaxException"/> for text it cannot read; callers turn that into PEER901.
    /// This file: entry points, trivia, names and limits. Bodies, expressions and templates are in the partial files.
    /// </summary>
    internal sealed partial class HclParser
    {
        private readonly SourceText file;
        private readonly string text;
        private int pos;
        private int depth;
        private int nodes;

        private HclParser(SourceText file)
        {
            this.file = file;
            text = file.Text;
        }

        /// <summary>A <c>.tf</c> or <c>.tfvars</c> file.</summary>
        public static Body ParseFile(SourceText file)
        {
            var parser = new HclParser(file);
            return parser.ParseBody(topLevel: true);
        }

        /// <summary>The whole text as a template, as <c>templatestring</c> reads its first argument.</summary>
        public static TemplateExpression ParseTemplateText(SourceText file)
        {
            var parser = new HclParser(file);
            var parts = parser.ParseTemplateParts(quoted: false, end: parser.text.Length, out var terminator, Array.Empty<string>());
            return terminator == null ? new TemplateExpression(parts, new TextRange(0, parser.text.Length)) : throw parser.Error("'%{" + terminator + "}' without its opening directive");
        }

        /// <summary>The whole text as one expression: a <c>.tf.json</c> file is a JSON object, which HCL's object syntax reads.</summary>
        public static Expression ParseExpressionText(SourceText file)
        {
            var parser = new HclParser(file);
            parser.SkipTrivia(newlines: true);
            var expression = parser.ParseExpression();
            parser.SkipTrivia(newlines: true);
            if (parser.pos < parser.text.Length)
            {
                throw parser.Error("unexpected text after the value");
            }

            return expression;
        }

        private char Peek(int ahead = 0) => pos + ahead < text.Length ? text[pos + ahead] : '\0';

        private bool AtEnd => pos >= text.Length;

        /// <summary>Spaces, tabs, carriage returns and comments (<c>#</c>, <c>//</c>, <c>/* */</c>), and newlines when asked.</summary>
        private void SkipTrivia(bool newlines)
        {
            while (pos < text.Length)
            {
                var c = text[pos];
                if (c == ' ' || c == '\t' || c == '\r' || c == '\uFEFF')
                {
                    pos++;
                }
                else if (c == '\n' && newlines)
                {
                    pos++;
                }
                else if (c == '#' || (c == '/' && Peek(1) == '/'))
                {
                    while (pos < text.Length && text[pos] != '\n')
                    {
                        pos++;
                    }
                }
                else if (c == '/' && Peek(1) == '*')
                {
                    var end = text.IndexOf("*/", pos + 2, System.StringComparison.Ordinal);
                    if (end < 0)
                    {
                        throw Error("a comment '/*' is not closed with '*/'");
                    }

                    pos = end + 2;
                }
                else
                {
                    return;
                }
            }
        }

        private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_';

        private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '-';

        private string ReadName()
        {
            var start = pos;
            if (!IsNameStart(Peek()))
            {
                throw Error("expected a name");
            }

            while (pos < text.Length && IsNamePart(text[pos]))
            {
                pos++;
            }

            return text.Substring(start, pos - start);
        }

        /// <summary>True (and consumed) when the next characters are the keyword <paramref name="word"/> as a whole name.</summary>
        private bool TryKeyword(string word)
        {
            if (string.CompareOrdinal(text, pos, word, 0, word.Length) != 0 || IsNamePart(Peek(word.Length)))
            {
                return false;
            }

            pos += word.Length;
            return true;
        }

        private bool IsKeywordAhead(string word) =>
            string.CompareOrdinal(text, pos, word, 0, word.Length) == 0 && !IsNamePart(Peek(word.Length));

        private void Expect(char c, string what)
        {
            if (Peek() != c || AtEnd)
            {
                throw Error("expected " + what);
            }

            pos++;
        }

        private void Enter()
        {
            if (++depth > HclLimits.MaxDepth)
            {
                throw new HclSyntaxException("it nests blocks and expressions more than " + HclLimits.MaxDepth + " levels deep", pos, isLimit: true);
            }

            if (++nodes > HclLimits.MaxNodes)
            {
                throw new HclSyntaxException("it has more than " + HclLimits.MaxNodes.ToString("N0", CultureInfo.InvariantCulture) + " expressions", pos, isLimit: true);
            }
        }

        private void Leave() => depth--;

        private void CountItem(int count)
        {
            if (count > HclLimits.MaxCollectionItems)
            {
                throw new HclSyntaxException("a collection has more than " + HclLimits.MaxCollectionItems.ToString("N0", CultureInfo.InvariantCulture) + " items", pos, isLimit: true);
            }
        }

        private HclSyntaxException Error(string message) =>
            new HclSyntaxException(AtEnd ? message + " before the end of the file" : message + DescribeNext(), pos);

        private string DescribeNext()
        {
            var c = text[pos];
            return c == '\n' ? " (found the end of the line)" : char.IsControl(c) ? string.Empty : " (found '" + c + "')";
        }

        private TextRange RangeFrom(int start) => new TextRange(start, pos);

        private static List<T> NewList<T>() => new List<T>();
    }
}
