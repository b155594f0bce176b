using System.Collections.Generic;

namespace Peering.Terraform.Syntax
{
    /// <summary>Bodies: <c>name = expression</c> attributes and <c>type "label" { ... }</c> blocks, one per line.</summary>
    internal sealed partial class HclParser
    {
        private Body ParseBody(bool topLevel)
        {
            var start = pos;
            var attributes = NewList<Attribute>();
            var blocks = NewList<Block>();
            while (true)
            {
                SkipTrivia(newlines: true);
                if (AtEnd)
                {
                    if (!topLevel)
                    {
                        throw Error("a block is not closed with '}'");
                    }

                    break;
                }

                if (Peek() == '}')
                {
                    if (topLevel)
                    {
                        throw Error("expected an attribute or a block");
                    }

                    break;
                }

                ParseBodyItem(attributes, blocks);
            }

            return new Body(attributes, blocks, RangeFrom(start));
        }

        private void ParseBodyItem(List<Attribute> attributes, List<Block> blocks)
        {
            var nameStart = pos;
            if (!IsNameStart(Peek()))
            {
                throw Error("expected an attribute or a block");
            }

            var name = ReadName();
            var nameRange = RangeFrom(nameStart);
            SkipTrivia(newlines: false);
            if (Peek() == '=' && Peek(1) != '=')
            {
                pos++;
                SkipTrivia(newlines: false);
                var expressionStart = pos;
                var expression = ParseExpression();
                if (pos - expressionStart > HclLimits.MaxExpressionLength)
                {
                    throw new HclSyntaxException("the expression of '" + name + "' is longer than " + HclLimits.MaxExpressionLength + " characters", expressionStart, isLimit: true);
                }

                ExpectLineEnd();
                attributes.Add(new Attribute(name, expression, file, nameRange));
                return;
            }

            var labels = NewList<string>();
            while (true)
            {
                SkipTrivia(newlines: false);
                if (Peek() == '"')
                {
                    labels.Add(ParseLabel());
                }
                else if (IsNameStart(Peek()))
                {
                    labels.Add(ReadName());
                }
                else
                {
                    break;
                }
            }

            Expect('{', "'=' after an attribute name, or '{' to open a block");
            Enter();
            var body = ParseBody(topLevel: false);
            Expect('}', "'}' to close the block");
            Leave();
            blocks.Add(new Block(name, labels, body, file, nameRange, RangeFrom(nameStart)));
            ExpectLineEnd();
        }

        /// <summary>A block label in quotes: a string without interpolation.</summary>
        private string ParseLabel()
        {
            var start = pos;
            var template = ParseQuotedTemplate();
            if (template.Parts.Count == 0)
            {
                return string.Empty;
            }

            if (template.Parts.Count == 1 && template.Parts[0] is LiteralPart literal)
            {
                return literal.Text;
            }

            pos = start;
            throw Error("a block label cannot contain interpolation");
        }

        /// <summary>An attribute or block ends its line; a one-line block's closing brace may follow.</summary>
        private void ExpectLineEnd()
        {
            SkipTrivia(newlines: false);
            if (Peek() == '\n')
            {
                pos++;
            }
            else if (!AtEnd && Peek() != '}')
            {
                throw Error("expected a new line after the attribute or block");
            }
        }
    }
}
