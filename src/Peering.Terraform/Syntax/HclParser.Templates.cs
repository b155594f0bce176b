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
    internal sealed partial class HclParser
    {
        private TemplateExpression ParseQuotedTemplate()
        {
            var start = pos;
            pos++;
            Enter();
            var parts = ParseTemplateParts(quoted: true, end: text.Length, out var terminator, Array.Empty<string>());
            if (terminator != null)
            {
                throw Error("'%{" + terminator + "}' without its opening directive");
            }

            Expect('"', "'\"' to close the string");
            Leave();
            return new TemplateExpression(parts, RangeFrom(start));
        }

        private TemplateExpression ParseHeredoc()
        {
            var start = pos;
            pos += 2;
            var flush = Peek() == '-';
            if (flush)
            {
                pos++;
            }

            var marker = ReadName();
            while (Peek() == ' ' || Peek() == '\t' || Peek() == '\r')
            {
                pos++;
            }

            Expect('\n', "a new line after the heredoc marker " + marker);
            var contentStart = pos;
            var (contentEnd, markerEnd) = FindHeredocEnd(marker);
            Enter();
            IReadOnlyList<TemplatePart> parts = ParseTemplateParts(quoted: false, end: contentEnd, out var terminator, Array.Empty<string>());
            if (terminator != null)
            {
                throw Error("'%{" + terminator + "}' without its opening directive");
            }

            if (flush)
            {
                parts = Deindent(parts, CommonIndentation(contentStart, contentEnd));
            }

            pos = markerEnd;
            Leave();
            return new TemplateExpression(parts, RangeFrom(start));
        }

        /// <summary>Where the heredoc's content ends (the start of the marker line) and where the marker ends.</summary>
        private (int ContentEnd, int MarkerEnd) FindHeredocEnd(string marker)
        {
            var lineStart = pos;
            while (lineStart < text.Length)
            {
                var lineEnd = text.IndexOf('\n', lineStart);
                if (lineEnd < 0)
                {
                    lineEnd = text.Length;
                }

                var line = text.AsSpan(lineStart, lineEnd - lineStart).Trim(" \t\r");
                if (line.SequenceEqual(marker.AsSpan()))
                {
                    return (lineStart, text.IndexOf(marker, lineStart, StringComparison.Ordinal) + marker.Length);
                }

                lineStart = lineEnd + 1;
            }

            pos = text.Length;
            throw Error("the heredoc " + marker + " is not closed");
        }

        /// <summary>The least indentation of the lines with text: what <c>&lt;&lt;-</c> removes from each line.</summary>
        private int CommonIndentation(int start, int end)
        {
            var least = int.MaxValue;
            var lineStart = start;
            while (lineStart < end)
            {
                var lineEnd = text.IndexOf('\n', lineStart, end - lineStart);
                lineEnd = lineEnd < 0 ? end : lineEnd;
                var indent = 0;
                while (lineStart + indent < lineEnd && (text[lineStart + indent] == ' ' || text[lineStart + indent] == '\t'))
                {
                    indent++;
                }

                if (lineStart + indent < lineEnd && text[lineStart + indent] != '\r')
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

        /// <summary>
        /// Template parts up to the closing quote (quoted), <paramref name="end"/> (heredoc), or one of the directives
        /// <paramref name="terminators"/> (<c>else</c>, <c>endif</c>, <c>endfor</c>), which is returned in <paramref name="terminator"/>.
        /// </summary>
        private List<TemplatePart> ParseTemplateParts(bool quoted, int end, out string? terminator, string[] terminators)
        {
            var parts = NewList<TemplatePart>();
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

            while (pos < end)
            {
                var c = text[pos];
                if (stripLeading && char.IsWhiteSpace(c))
                {
                    pos++;
                    continue;
                }

                stripLeading = false;
                if (quoted && c == '"')
                {
                    break;
                }

                if (quoted && c == '\n')
                {
                    throw Error("a quoted string must end on its line");
                }

                if (quoted && c == '\\')
                {
                    literal.Append(ReadEscape());
                    continue;
                }

                if ((c == '$' || c == '%') && Peek(1) == c && Peek(2) == '{')
                {
                    // $${ and %%{ are the literal text ${ and %{.
                    literal.Append(c).Append('{');
                    pos += 3;
                    continue;
                }

                if ((c == '$' || c == '%') && Peek(1) == '{')
                {
                    pos += 2;
                    if (Peek() == '~')
                    {
                        pos++;
                        TrimEnd(literal);
                    }

                    Flush();
                    SkipTrivia(newlines: true);
                    if (c == '$')
                    {
                        var expression = ParseExpression();
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
                pos++;
            }

            Flush();
            return parts;
        }

        /// <summary>An <c>if</c> or <c>for</c> directive with its body, or the name of a closing directive met.</summary>
        private TemplatePart? ParseDirective(bool quoted, int end, string[] terminators, out string? ending, out bool stripLeading)
        {
            ending = null;
            var keyword = ReadName();
            switch (keyword)
            {
                case "if":
                {
                    SkipTrivia(newlines: true);
                    var condition = ParseExpression();
                    stripLeading = CloseTemplateSequence();
                    Enter();
                    var whenTrue = ParseTemplateParts(quoted, end, out var closing, new[] { "else", "endif" });
                    IReadOnlyList<TemplatePart> whenFalse = Array.Empty<TemplatePart>();
                    if (closing == "else")
                    {
                        whenFalse = ParseTemplateParts(quoted, end, out closing, new[] { "endif" });
                    }

                    Leave();
                    if (closing != "endif")
                    {
                        throw Error("expected '%{endif}'");
                    }

                    stripLeading = lastClosingStrips;
                    return new IfPart(condition, whenTrue, whenFalse);
                }

                case "for":
                {
                    var (keyName, valueName, collection) = ParseForHeader("a for directive");
                    stripLeading = CloseTemplateSequence();
                    Enter();
                    var body = ParseTemplateParts(quoted, end, out var closing, new[] { "endfor" });
                    Leave();
                    if (closing != "endfor")
                    {
                        throw Error("expected '%{endfor}'");
                    }

                    stripLeading = lastClosingStrips;
                    return new ForPart(keyName, valueName, collection, body);
                }

                default:
                    if (Array.IndexOf(terminators, keyword) < 0)
                    {
                        throw Error("unknown or misplaced template directive '" + keyword + "'");
                    }

                    ending = keyword;
                    stripLeading = CloseTemplateSequence();
                    lastClosingStrips = stripLeading;
                    return null;
            }
        }

        /// <summary>Whether the closing directive last met (<c>%{endif ~}</c>) strips the whitespace after it.</summary>
        private bool lastClosingStrips;

        /// <summary>The end of <c>${...}</c> or <c>%{...}</c>; true when it is <c>~}</c>, which strips the whitespace that follows.</summary>
        private bool CloseTemplateSequence()
        {
            SkipTrivia(newlines: true);
            var strip = Peek() == '~';
            if (strip)
            {
                pos++;
            }

            Expect('}', "'}' to close the template sequence");
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
            var escapeStart = pos;
            pos++;
            var c = Peek();
            pos++;
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
                    pos = escapeStart;
                    throw Error("unknown escape sequence in a string");
            }
        }

        private string ReadCodePoint(int digits, int escapeStart)
        {
            if (pos + digits > text.Length
                || !int.TryParse(text.AsSpan(pos, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                || code < 0
                || code > 0x10FFFF
                || (code >= 0xD800 && code <= 0xDFFF))
            {
                pos = escapeStart;
                throw Error("invalid unicode escape in a string");
            }

            pos += digits;
            return char.ConvertFromUtf32(code);
        }
    }
}
