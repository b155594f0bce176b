using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Peering.Terraform.Syntax
{
    /// <summary>
    /// Templates: quoted strings with escapes, heredocs (<c>&lt;&lt;EOT</c>, and <c>&lt;&lt;-EOT</c> without the common
    /// indentation), interpolations <c>${...}</c>, directives <c>%{if}</c>/<c>%{for}</c>, strip markers <c>~</c>.
    /// </summary>
    internal sealed class HclTemplateParser
    {
        private readonly HclCursor cursor;
        private readonly HclExpressionParser expressions;

        /// <summary>Whether the closing directive last met (<c>%{endif ~}</c>) strips the whitespace after it.</summary>
        private bool lastClosingStrips;

        public HclTemplateParser(HclCursor cursor, HclExpressionParser expressions)
        {
            this.cursor = cursor;
            this.expressions = expressions;
        }

        /// <summary>The whole text as a template, as <c>templatestring</c> reads its first argument.</summary>
        public TemplateExpression ParseWholeText() =>
            new TemplateExpression(ParseOutermostParts(quoted: false, end: cursor.Text.Length), new TextRange(0, cursor.Text.Length));

        public TemplateExpression ParseQuotedTemplate()
        {
            var start = cursor.Position;
            cursor.Advance();
            cursor.Enter();
            var parts = ParseOutermostParts(quoted: true, end: cursor.Text.Length);
            cursor.Expect('"', "'\"' to close the string");
            cursor.Leave();
            return new TemplateExpression(parts, cursor.RangeFrom(start));
        }

        public TemplateExpression ParseHeredoc()
        {
            var start = cursor.Position;
            cursor.Advance(2);
            var flush = cursor.Peek() == '-';
            if (flush)
            {
                cursor.Advance();
            }

            var marker = cursor.ReadName();
            while (cursor.Peek() == ' ' || cursor.Peek() == '\t' || cursor.Peek() == '\r')
            {
                cursor.Advance();
            }

            cursor.Expect('\n', "a new line after the heredoc marker " + marker);
            var contentStart = cursor.Position;
            var (contentEnd, markerEnd) = FindHeredocEnd(marker);
            cursor.Enter();
            IReadOnlyList<TemplatePart> parts = ParseOutermostParts(quoted: false, end: contentEnd);
            if (flush)
            {
                parts = Deindent(parts, CommonIndentation(contentStart, contentEnd));
            }

            cursor.Position = markerEnd;
            cursor.Leave();
            return new TemplateExpression(parts, cursor.RangeFrom(start));
        }

        /// <summary>Where the heredoc's content ends (the start of the marker line) and where the marker ends.</summary>
        private (int ContentEnd, int MarkerEnd) FindHeredocEnd(string marker)
        {
            var lineStart = cursor.Position;
            while (lineStart < cursor.Text.Length)
            {
                var lineEnd = cursor.Text.IndexOf('\n', lineStart);
                if (lineEnd < 0)
                {
                    lineEnd = cursor.Text.Length;
                }

                var line = cursor.Text.AsSpan(lineStart, lineEnd - lineStart).Trim(" \t\r");
                if (line.SequenceEqual(marker.AsSpan()))
                {
                    return (lineStart, cursor.Text.IndexOf(marker, lineStart, StringComparison.Ordinal) + marker.Length);
                }

                lineStart = lineEnd + 1;
            }

            cursor.Position = cursor.Text.Length;
            throw cursor.Error("the heredoc " + marker + " is not closed");
        }

        /// <summary>The least indentation of the lines with text: what <c>&lt;&lt;-</c> removes from each line.</summary>
        private int CommonIndentation(int start, int end)
        {
            var least = int.MaxValue;
            var lineStart = start;
            while (lineStart < end)
            {
                var lineEnd = cursor.Text.IndexOf('\n', lineStart, end - lineStart);
                lineEnd = lineEnd < 0 ? end : lineEnd;
                var indent = 0;
                while (lineStart + indent < lineEnd && (cursor.Text[lineStart + indent] == ' ' || cursor.Text[lineStart + indent] == '\t'))
                {
                    indent++;
                }

                if (lineStart + indent < lineEnd && cursor.Text[lineStart + indent] != '\r')
                {
                    least = Math.Min(least, indent);
                }

                lineStart = lineEnd + 1;
            }

            return least == int.MaxValue ? 0 : least;
        }

        private static IReadOnlyList<TemplatePart> Deindent(IReadOnlyList<TemplatePart> parts, int indentation)
        {
            var atLineStart = true;
            return Deindent(parts, indentation, ref atLineStart);
        }

        private static IReadOnlyList<TemplatePart> Deindent(IReadOnlyList<TemplatePart> parts, int indentation, ref bool atLineStart)
        {
            var result = new List<TemplatePart>(parts.Count);
            foreach (var part in parts)
            {
                switch (part)
                {
                    case LiteralPart literal:
                        var builder = new StringBuilder(literal.Text.Length);
                        var skip = atLineStart ? indentation : 0;
                        foreach (var c in literal.Text)
                        {
                            if (skip > 0 && (c == ' ' || c == '\t'))
                            {
                                skip--;
                                continue;
                            }

                            skip = 0;
                            builder.Append(c);
                            if (c == '\n')
                            {
                                skip = indentation;
                            }
                        }

                        atLineStart = literal.Text.EndsWith('\n') || (atLineStart && builder.Length == 0);
                        result.Add(new LiteralPart(builder.ToString()));
                        break;
                    case IfPart condition:
                        var afterTrue = atLineStart;
                        var whenTrue = Deindent(condition.WhenTrue, indentation, ref afterTrue);
                        var whenFalse = Deindent(condition.WhenFalse, indentation, ref atLineStart);
                        result.Add(condition with { WhenTrue = whenTrue, WhenFalse = whenFalse });
                        break;
                    case ForPart loop:
                        result.Add(loop with { Body = Deindent(loop.Body, indentation, ref atLineStart) });
                        break;
                    default:
                        atLineStart = false;
                        result.Add(part);
                        break;
                }
            }

            return result;
        }

        /// <summary>The parts of a whole template, where a closing directive has no opening one to close.</summary>
        private List<TemplatePart> ParseOutermostParts(bool quoted, int end)
        {
            var parts = ParseTemplateParts(quoted, end, out var terminator, Array.Empty<string>());
            return terminator == null ? parts : throw cursor.Error("'%{" + terminator + "}' without its opening directive");
        }

        /// <summary>
        /// Template parts up to the closing quote (quoted), <paramref name="end"/> (heredoc), or one of the directives
        /// <paramref name="terminators"/> (<c>else</c>, <c>endif</c>, <c>endfor</c>), which is returned in <paramref name="terminator"/>.
        /// </summary>
        private List<TemplatePart> ParseTemplateParts(bool quoted, int end, out string? terminator, string[] terminators)
        {
            var parts = new List<TemplatePart>();
            var literal = new StringBuilder();
            var stripLeading = false;
            terminator = null;

            void Flush()
            {
                if (literal.Length > 0)
                {
                    parts.Add(new LiteralPart(literal.ToString()));
                    literal.Clear();
                }
            }

            while (cursor.Position < end)
            {
                var c = cursor.Peek();
                if (stripLeading && char.IsWhiteSpace(c))
                {
                    cursor.Advance();
                    continue;
                }

                stripLeading = false;
                if (quoted && c == '"')
                {
                    break;
                }

                if (quoted && c == '\n')
                {
                    throw cursor.Error("a quoted string must end on its line");
                }

                if (quoted && c == '\\')
                {
                    literal.Append(ReadEscape());
                    continue;
                }

                if ((c == '$' || c == '%') && cursor.Peek(1) == c && cursor.Peek(2) == '{')
                {
                    // $${ and %%{ are the literal text ${ and %{.
                    literal.Append(c).Append('{');
                    cursor.Advance(3);
                    continue;
                }

                if ((c == '$' || c == '%') && cursor.Peek(1) == '{')
                {
                    cursor.Advance(2);
                    if (cursor.Peek() == '~')
                    {
                        cursor.Advance();
                        TrimEnd(literal);
                    }

                    Flush();
                    cursor.SkipTrivia(newlines: true);
                    if (c == '$')
                    {
                        var expression = expressions.ParseExpression();
                        parts.Add(new InterpolationPart(expression));
                        stripLeading = CloseTemplateSequence();
                        continue;
                    }

                    var directive = ParseDirective(quoted, end, terminators, out var ending, out stripLeading);
                    if (ending != null)
                    {
                        terminator = ending;
                        return parts;
                    }

                    parts.Add(directive!);
                    continue;
                }

                literal.Append(c);
                cursor.Advance();
            }

            Flush();
            return parts;
        }

        /// <summary>An <c>if</c> or <c>for</c> directive with its body, or the name of a closing directive met.</summary>
        private TemplatePart? ParseDirective(bool quoted, int end, string[] terminators, out string? ending, out bool stripLeading)
        {
            ending = null;
            var keyword = cursor.ReadName();
            switch (keyword)
            {
                case "if":
                {
                    cursor.SkipTrivia(newlines: true);
                    var condition = expressions.ParseExpression();
                    stripLeading = CloseTemplateSequence();
                    cursor.Enter();
                    var whenTrue = ParseTemplateParts(quoted, end, out var closing, new[] { "else", "endif" });
                    IReadOnlyList<TemplatePart> whenFalse = Array.Empty<TemplatePart>();
                    if (closing == "else")
                    {
                        whenFalse = ParseTemplateParts(quoted, end, out closing, new[] { "endif" });
                    }

                    cursor.Leave();
                    if (closing != "endif")
                    {
                        throw cursor.Error("expected '%{endif}'");
                    }

                    stripLeading = lastClosingStrips;
                    return new IfPart(condition, whenTrue, whenFalse);
                }

                case "for":
                {
                    var (keyName, valueName, collection) = expressions.ParseForHeader("a for directive");
                    stripLeading = CloseTemplateSequence();
                    cursor.Enter();
                    var body = ParseTemplateParts(quoted, end, out var closing, new[] { "endfor" });
                    cursor.Leave();
                    if (closing != "endfor")
                    {
                        throw cursor.Error("expected '%{endfor}'");
                    }

                    stripLeading = lastClosingStrips;
                    return new ForPart(keyName, valueName, collection, body);
                }

                default:
                    if (Array.IndexOf(terminators, keyword) < 0)
                    {
                        throw cursor.Error("unknown or misplaced template directive '" + keyword + "'");
                    }

                    ending = keyword;
                    stripLeading = CloseTemplateSequence();
                    lastClosingStrips = stripLeading;
                    return null;
            }
        }

        /// <summary>The end of <c>${...}</c> or <c>%{...}</c>; true when it is <c>~}</c>, which strips the whitespace that follows.</summary>
        private bool CloseTemplateSequence()
        {
            cursor.SkipTrivia(newlines: true);
            var strip = cursor.Peek() == '~';
            if (strip)
            {
                cursor.Advance();
            }

            cursor.Expect('}', "'}' to close the template sequence");
            return strip;
        }

        private static void TrimEnd(StringBuilder literal)
        {
            var length = literal.Length;
            while (length > 0 && char.IsWhiteSpace(literal[length - 1]))
            {
                length--;
            }

            literal.Length = length;
        }

        private string ReadEscape()
        {
            var escapeStart = cursor.Position;
            cursor.Advance();
            var c = cursor.Peek();
            cursor.Advance();
            switch (c)
            {
                case 'n': return "\n";
                case 'r': return "\r";
                case 't': return "\t";
                case '"': return "\"";
                case '\\': return "\\";
                case '/': return "/";
                case 'u': return ReadCodePoint(4, escapeStart);
                case 'U': return ReadCodePoint(8, escapeStart);
                default:
                    cursor.Position = escapeStart;
                    throw cursor.Error("unknown escape sequence in a string");
            }
        }

        private string ReadCodePoint(int digits, int escapeStart)
        {
            if (cursor.Position + digits > cursor.Text.Length
                || !int.TryParse(cursor.Text.AsSpan(cursor.Position, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                || code < 0
                || code > 0x10FFFF
                || (code >= 0xD800 && code <= 0xDFFF))
            {
                cursor.Position = escapeStart;
                throw cursor.Error("invalid unicode escape in a string");
            }

            cursor.Advance(digits);
            return char.ConvertFromUtf32(code);
        }
    }
}
