using System.Collections.Generic;

namespace Peering.Terraform.Syntax
{
    /// <summary>Bodies: <c>name = expression</c> attributes and <c>type "label" { ... }</c> blocks, one per line.</summary>
    internal sealed class HclBodyParser
    {
        private readonly HclCursor cursor;
        private readonly HclExpressionParser expressions;

        public HclBodyParser(HclCursor cursor, HclExpressionParser expressions)
        {
            this.cursor = cursor;
            this.expressions = expressions;
        }

        /// <summary>A whole <c>.tf</c> or <c>.tfvars</c> file: a body that ends at the end of the text, not at a brace.</summary>
        public Body ParseFile() => ParseBody(topLevel: true);

        private Body ParseBody(bool topLevel)
        {
            var start = cursor.Position;
            var attributes = new List<Attribute>();
            var blocks = new List<Block>();
            while (true)
            {
                cursor.SkipTrivia(newlines: true);
                if (cursor.AtEnd)
                {
                    if (!topLevel)
                    {
                        throw cursor.Error("a block is not closed with '}'");
                    }

                    break;
                }

                if (cursor.Peek() == '}')
                {
                    if (topLevel)
                    {
                        throw cursor.Error("expected an attribute or a block");
                    }

                    break;
                }

                ParseBodyItem(attributes, blocks);
            }

            return new Body(attributes, blocks, cursor.RangeFrom(start));
        }

        private void ParseBodyItem(List<Attribute> attributes, List<Block> blocks)
        {
            var nameStart = cursor.Position;
            if (!HclCursor.IsNameStart(cursor.Peek()))
            {
                throw cursor.Error("expected an attribute or a block");
            }

            var name = cursor.ReadName();
            var nameRange = cursor.RangeFrom(nameStart);
            cursor.SkipTrivia(newlines: false);
            if (cursor.Peek() == '=' && cursor.Peek(1) != '=')
            {
                cursor.Advance();
                cursor.SkipTrivia(newlines: false);
                var expressionStart = cursor.Position;
                var expression = expressions.ParseExpression();
                if (cursor.Position - expressionStart > HclLimits.MaxExpressionLength)
                {
                    throw new HclSyntaxException("the expression of '" + name + "' is longer than " + HclLimits.MaxExpressionLength + " characters", expressionStart, isLimit: true);
                }

                ExpectLineEnd();
                attributes.Add(new Attribute(name, expression, cursor.File, nameRange));
                return;
            }

            var labels = new List<string>();
            while (true)
            {
                cursor.SkipTrivia(newlines: false);
                if (cursor.Peek() == '"')
                {
                    labels.Add(ParseLabel());
                }
                else if (HclCursor.IsNameStart(cursor.Peek()))
                {
                    labels.Add(cursor.ReadName());
                }
                else
                {
                    break;
                }
            }

            cursor.Expect('{', "'=' after an attribute name, or '{' to open a block");
            cursor.Enter();
            var body = ParseBody(topLevel: false);
            cursor.Expect('}', "'}' to close the block");
            cursor.Leave();
            blocks.Add(new Block(name, labels, body, cursor.File, nameRange, cursor.RangeFrom(nameStart)));
            ExpectLineEnd();
        }

        /// <summary>A block label in quotes: a string without interpolation.</summary>
        private string ParseLabel()
        {
            var start = cursor.Position;
            var template = expressions.Templates.ParseQuotedTemplate();
            if (template.Parts.Count == 0)
            {
                return string.Empty;
            }

            if (template.Parts.Count == 1 && template.Parts[0] is LiteralPart literal)
            {
                return literal.Text;
            }

            cursor.Position = start;
            throw cursor.Error("a block label cannot contain interpolation");
        }

        /// <summary>An attribute or block ends its line; a one-line block's closing brace may follow.</summary>
        private void ExpectLineEnd()
        {
            cursor.SkipTrivia(newlines: false);
            if (cursor.Peek() == '\n')
            {
                cursor.Advance();
            }
            else if (!cursor.AtEnd && cursor.Peek() != '}')
            {
                throw cursor.Error("expected a new line after the attribute or block");
            }
        }
    }
}
