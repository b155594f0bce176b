using System.Collections.Generic;
using System.Globalization;
using Peering.Terraform.Evaluation;

namespace Peering.Terraform.Syntax
{
    /// <summary>
    /// Expressions. Newlines end an expression except inside parentheses, brackets and braces, and an operator may
    /// continue it on the next line (HCL itself needs parentheses there; accepting more costs nothing, since no body
    /// item or object key can start with an operator).
    /// </summary>
    internal sealed class HclExpressionParser
    {
        /// <summary>
        /// HCL's binary operators by precedence (hclsyntax spec.md, "Operations"). Two-character operators come before
        /// the one-character operators they start with, so <c>&lt;=</c> is not read as <c>&lt;</c>.
        /// </summary>
        private static readonly (string Symbol, int Precedence)[] BinaryOperators =
        {
            ("||", 1), ("&&", 2), ("==", 3), ("!=", 3), ("<=", 4), (">=", 4), ("<", 4), (">", 4),
            ("+", 5), ("-", 5), ("*", 6), ("/", 6), ("%", 6),
        };

        private readonly HclCursor cursor;

        public HclExpressionParser(HclCursor cursor)
        {
            this.cursor = cursor;
            Templates = new HclTemplateParser(cursor, this);
        }

        /// <summary>The template parser of the same cursor: strings are expressions, and templates hold expressions.</summary>
        public HclTemplateParser Templates { get; }

        public Expression ParseExpression()
        {
            cursor.Enter();
            var start = cursor.Position;
            var condition = ParseBinary(0);
            var save = cursor.Position;
            cursor.SkipTrivia(newlines: true);
            if (cursor.Peek() != '?')
            {
                cursor.Position = save;
                cursor.Leave();
                return condition;
            }

            cursor.Advance();
            cursor.SkipTrivia(newlines: true);
            var whenTrue = ParseExpression();
            cursor.SkipTrivia(newlines: true);
            cursor.Expect(':', "':' of a conditional expression");
            cursor.SkipTrivia(newlines: true);
            var whenFalse = ParseExpression();
            cursor.Leave();
            return new ConditionalExpression(condition, whenTrue, whenFalse, cursor.RangeFrom(start));
        }

        private Expression ParseBinary(int minPrecedence)
        {
            var start = cursor.Position;
            var left = ParseUnary();
            var chain = 0;
            while (true)
            {
                var save = cursor.Position;
                cursor.SkipTrivia(newlines: true);
                var op = PeekBinaryOperator(out var precedence);
                if (op == null || precedence < minPrecedence)
                {
                    cursor.Position = save;
                    cursor.Leave(chain);
                    return left;
                }

                cursor.Advance(op.Length);
                cursor.SkipTrivia(newlines: true);

                // The tree of a chain leans left, so every operator of it is one level deeper than the last.
                cursor.Enter();
                chain++;
                var right = ParseBinary(precedence + 1);
                left = new BinaryExpression(op, left, right, cursor.RangeFrom(start));
            }
        }

        /// <summary>The binary operator next in the text, with its precedence (higher binds tighter), or null.</summary>
        private string? PeekBinaryOperator(out int precedence)
        {
            precedence = 0;

            // '<<' opens a heredoc, never a comparison: the expression ends before it.
            if (cursor.IsAhead("<<"))
            {
                return null;
            }

            foreach (var (symbol, level) in BinaryOperators)
            {
                if (cursor.IsAhead(symbol))
                {
                    precedence = level;
                    return symbol;
                }
            }

            return null;
        }

        private Expression ParseUnary()
        {
            var start = cursor.Position;
            var c = cursor.Peek();
            if ((c == '-' || c == '!') && !(c == '!' && cursor.Peek(1) == '='))
            {
                cursor.Advance();
                cursor.SkipTrivia(newlines: false);
                cursor.Enter();
                var operand = ParseUnary();
                cursor.Leave();
                return new UnaryExpression(c, operand, cursor.RangeFrom(start));
            }

            return ParsePostfix(ParseTerm(), start);
        }

        /// <summary>Attribute access, indexes and splats after a term, on the same line.</summary>
        private Expression ParsePostfix(Expression expression, int start)
        {
            var chain = 0;
            while (true)
            {
                var save = cursor.Position;
                cursor.SkipTrivia(newlines: false);
                if (cursor.Peek() == '.' && cursor.Peek(1) != '.')
                {
                    cursor.Advance();
                    cursor.SkipTrivia(newlines: false);
                    if (cursor.Peek() == '*')
                    {
                        cursor.Advance();
                        expression = ParseSplat(expression, full: false, start);
                    }
                    else
                    {
                        expression = ParseTraversalStep(expression, start);
                    }
                }
                else if (cursor.Peek() == '[')
                {
                    cursor.Advance();
                    cursor.SkipTrivia(newlines: true);
                    if (cursor.Peek() == '*')
                    {
                        cursor.Advance();
                        cursor.SkipTrivia(newlines: true);
                        cursor.Expect(']', "']' after '[*'");
                        expression = ParseSplat(expression, full: true, start);
                    }
                    else
                    {
                        expression = ParseIndexRest(expression, start);
                    }
                }
                else
                {
                    cursor.Position = save;
                    cursor.Leave(chain);
                    return expression;
                }

                // Each step wraps the expression before it: the chain is as deep as it is long.
                cursor.Enter();
                chain++;
            }
        }

        /// <summary>After a '.': an attribute name, or a number (the legacy index <c>list.0</c>).</summary>
        private Expression ParseTraversalStep(Expression source, int start)
        {
            if (char.IsAsciiDigit(cursor.Peek()))
            {
                var digitsStart = cursor.Position;
                while (char.IsAsciiDigit(cursor.Peek()))
                {
                    cursor.Advance();
                }

                var index = new LiteralExpression(new TfNumber(double.Parse(cursor.TextFrom(digitsStart), CultureInfo.InvariantCulture)), cursor.RangeFrom(digitsStart));
                return new IndexExpression(source, index, cursor.RangeFrom(start));
            }

            if (!HclCursor.IsNameStart(cursor.Peek()))
            {
                throw cursor.Error("expected an attribute name after '.'");
            }

            var name = cursor.ReadName();
            return new GetAttributeExpression(source, name, cursor.RangeFrom(start));
        }

        /// <summary>After '[' (not a splat): the key and the closing bracket.</summary>
        private Expression ParseIndexRest(Expression source, int start)
        {
            var key = ParseExpression();
            cursor.SkipTrivia(newlines: true);
            cursor.Expect(']', "']' to close the index");
            return new IndexExpression(source, key, cursor.RangeFrom(start));
        }

        /// <summary>
        /// The traversal a splat applies to each element: attribute steps for <c>.*</c>, attribute and index steps for
        /// <c>[*]</c> (hclsyntax spec.md, "Splat Operators").
        /// </summary>
        private Expression ParseSplat(Expression source, bool full, int start)
        {
            var item = new SplatItemExpression(cursor.RangeFrom(cursor.Position));
            Expression each = item;
            var chain = 0;
            while (true)
            {
                var save = cursor.Position;
                cursor.SkipTrivia(newlines: false);
                if (cursor.Peek() == '.' && cursor.Peek(1) != '.' && cursor.Peek(1) != '*')
                {
                    cursor.Advance();
                    cursor.SkipTrivia(newlines: false);
                    each = ParseTraversalStep(each, start);
                }
                else if (full && cursor.Peek() == '[' && !IsSplatAhead())
                {
                    cursor.Advance();
                    cursor.SkipTrivia(newlines: true);
                    each = ParseIndexRest(each, start);
                }
                else
                {
                    cursor.Position = save;
                    break;
                }

                cursor.Enter();
                chain++;
            }

            cursor.Leave(chain);
            return new SplatExpression(source, each, item, cursor.RangeFrom(start));
        }

        private bool IsSplatAhead()
        {
            var save = cursor.Position;
            cursor.Advance();
            cursor.SkipTrivia(newlines: true);
            var splat = cursor.Peek() == '*';
            cursor.Position = save;
            return splat;
        }

        private Expression ParseTerm()
        {
            var start = cursor.Position;
            var c = cursor.Peek();
            if (cursor.AtEnd)
            {
                throw cursor.Error("expected an expression");
            }

            if (char.IsAsciiDigit(c))
            {
                return ParseNumber();
            }

            switch (c)
            {
                case '"':
                    return Templates.ParseQuotedTemplate();
                case '<' when cursor.Peek(1) == '<':
                    return Templates.ParseHeredoc();
                case '[':
                    return ParseTupleOrFor();
                case '{':
                    return ParseObjectOrFor();
                case '(':
                    cursor.Advance();
                    cursor.SkipTrivia(newlines: true);
                    cursor.Enter();
                    var inner = ParseExpression();
                    cursor.Leave();
                    cursor.SkipTrivia(newlines: true);
                    cursor.Expect(')', "')' to close the parentheses");
                    return new ParenthesesExpression(inner, cursor.RangeFrom(start));
            }

            if (!HclCursor.IsNameStart(c))
            {
                throw cursor.Error("expected an expression");
            }

            var name = cursor.ReadName();
            switch (name)
            {
                case "true":
                    return new LiteralExpression(TfBool.True, cursor.RangeFrom(start));
                case "false":
                    return new LiteralExpression(TfBool.False, cursor.RangeFrom(start));
                case "null":
                    return new LiteralExpression(TfNull.Instance, cursor.RangeFrom(start));
            }

            while (cursor.Peek() == ':' && cursor.Peek(1) == ':')
            {
                // A provider-defined function: provider::azapi::build_resource_id (Terraform 1.8).
                cursor.Advance(2);
                name += "::" + cursor.ReadName();
            }

            var save = cursor.Position;
            cursor.SkipTrivia(newlines: false);
            if (cursor.Peek() == '(')
            {
                return ParseCallArguments(name, cursor.RangeFrom(start), start);
            }

            cursor.Position = save;
            if (name.Contains("::"))
            {
                throw cursor.Error("expected '(' after the function name " + name);
            }

            return new VariableExpression(name, cursor.RangeFrom(start));
        }

        private Expression ParseNumber()
        {
            var start = cursor.Position;
            while (char.IsAsciiDigit(cursor.Peek()))
            {
                cursor.Advance();
            }

            if (cursor.Peek() == '.' && char.IsAsciiDigit(cursor.Peek(1)))
            {
                cursor.Advance();
                while (char.IsAsciiDigit(cursor.Peek()))
                {
                    cursor.Advance();
                }
            }

            if ((cursor.Peek() == 'e' || cursor.Peek() == 'E') && (char.IsAsciiDigit(cursor.Peek(1)) || ((cursor.Peek(1) == '+' || cursor.Peek(1) == '-') && char.IsAsciiDigit(cursor.Peek(2)))))
            {
                cursor.Advance(2);
                while (char.IsAsciiDigit(cursor.Peek()))
                {
                    cursor.Advance();
                }
            }

            var value = double.Parse(cursor.TextFrom(start), NumberStyles.Float, CultureInfo.InvariantCulture);
            return new LiteralExpression(new TfNumber(value), cursor.RangeFrom(start));
        }

        private Expression ParseCallArguments(string name, TextRange nameRange, int start)
        {
            cursor.Advance();
            cursor.Enter();
            var arguments = new List<Expression>();
            var expandFinal = false;
            cursor.SkipTrivia(newlines: true);
            while (cursor.Peek() != ')')
            {
                arguments.Add(ParseExpression());
                cursor.CountItem(arguments.Count);
                cursor.SkipTrivia(newlines: true);
                if (cursor.IsAhead("..."))
                {
                    cursor.Advance(3);
                    expandFinal = true;
                    cursor.SkipTrivia(newlines: true);
                    if (cursor.Peek() == ',')
                    {
                        cursor.Advance();
                        cursor.SkipTrivia(newlines: true);
                    }

                    break;
                }

                if (cursor.Peek() != ',')
                {
                    break;
                }

                cursor.Advance();
                cursor.SkipTrivia(newlines: true);
            }

            cursor.Expect(')', "',' or ')' in the arguments of " + name);
            cursor.Leave();
            return new FunctionCallExpression(name, arguments, expandFinal, nameRange, cursor.RangeFrom(start));
        }

        private Expression ParseTupleOrFor()
        {
            var start = cursor.Position;
            cursor.Advance();
            cursor.Enter();
            cursor.SkipTrivia(newlines: true);
            Expression result;
            if (cursor.IsKeywordAhead("for"))
            {
                result = ParseForRest(start, isObject: false);
            }
            else
            {
                var items = new List<Expression>();
                while (cursor.Peek() != ']')
                {
                    items.Add(ParseExpression());
                    cursor.CountItem(items.Count);
                    cursor.SkipTrivia(newlines: true);
                    if (cursor.Peek() != ',')
                    {
                        break;
                    }

                    cursor.Advance();
                    cursor.SkipTrivia(newlines: true);
                }

                cursor.Expect(']', "',' or ']' in a list");
                result = new TupleExpression(items, cursor.RangeFrom(start));
            }

            cursor.Leave();
            return result;
        }

        private Expression ParseObjectOrFor()
        {
            var start = cursor.Position;
            cursor.Advance();
            cursor.Enter();
            cursor.SkipTrivia(newlines: true);
            if (cursor.IsKeywordAhead("for"))
            {
                var forExpression = ParseForRest(start, isObject: true);
                cursor.Leave();
                return forExpression;
            }

            var items = new List<ObjectItem>();
            while (true)
            {
                cursor.SkipTrivia(newlines: true);
                if (cursor.Peek() == '}')
                {
                    break;
                }

                var key = ParseObjectKey();
                cursor.SkipTrivia(newlines: false);
                if (cursor.Peek() != '=' && cursor.Peek() != ':')
                {
                    throw cursor.Error("expected '=' or ':' after an object key");
                }

                cursor.Advance();
                cursor.SkipTrivia(newlines: true);
                items.Add(new ObjectItem(key, ParseExpression()));
                cursor.CountItem(items.Count);
                cursor.SkipTrivia(newlines: false);
                if (cursor.Peek() == ',')
                {
                    cursor.Advance();
                }
                else if (cursor.Peek() != '\n' && cursor.Peek() != '}')
                {
                    throw cursor.Error("expected a new line or ',' after an object item");
                }
            }

            cursor.Advance();
            cursor.Leave();
            return new ObjectExpression(items, cursor.RangeFrom(start));
        }

        /// <summary>A bare name is the key itself; anything else (a string, <c>(expression)</c>) is evaluated.</summary>
        private Expression ParseObjectKey()
        {
            var start = cursor.Position;
            if (HclCursor.IsNameStart(cursor.Peek()))
            {
                var name = cursor.ReadName();
                var save = cursor.Position;
                cursor.SkipTrivia(newlines: false);
                var separator = (cursor.Peek() == '=' && cursor.Peek(1) != '=') || cursor.Peek() == ':';
                cursor.Position = save;
                if (separator)
                {
                    return new LiteralExpression(new TfString(name), cursor.RangeFrom(start));
                }

                cursor.Position = start;
            }

            return ParseExpression();
        }

        /// <summary>
        /// After the keyword <c>for</c> of an expression or a template directive: <c>k, v in collection</c>, the key's
        /// name null when only the value is named.
        /// </summary>
        public (string? KeyName, string ValueName, Expression Collection) ParseForHeader(string what)
        {
            cursor.SkipTrivia(newlines: true);
            string? keyName = null;
            var valueName = cursor.ReadName();
            cursor.SkipTrivia(newlines: true);
            if (cursor.Peek() == ',')
            {
                cursor.Advance();
                cursor.SkipTrivia(newlines: true);
                keyName = valueName;
                valueName = cursor.ReadName();
                cursor.SkipTrivia(newlines: true);
            }

            if (!cursor.TryKeyword("in"))
            {
                throw cursor.Error("expected 'in' in " + what);
            }

            cursor.SkipTrivia(newlines: true);
            return (keyName, valueName, ParseExpression());
        }

        /// <summary>After <c>[</c> or <c>{</c> and the keyword <c>for</c>: the rest of a <c>for</c> expression and its closing bracket.</summary>
        private Expression ParseForRest(int start, bool isObject)
        {
            cursor.Advance(3);
            var (keyName, valueName, collection) = ParseForHeader("a for expression");
            cursor.SkipTrivia(newlines: true);
            cursor.Expect(':', "':' after the collection of a for expression");
            cursor.SkipTrivia(newlines: true);
            Expression? key = null;
            if (isObject)
            {
                key = ParseExpression();
                cursor.SkipTrivia(newlines: true);
                if (!cursor.IsAhead("=>"))
                {
                    throw cursor.Error("expected '=>' in an object for expression");
                }

                cursor.Advance(2);
                cursor.SkipTrivia(newlines: true);
            }

            var value = ParseExpression();
            cursor.SkipTrivia(newlines: true);
            var grouping = false;
            if (isObject && cursor.IsAhead("..."))
            {
                cursor.Advance(3);
                grouping = true;
                cursor.SkipTrivia(newlines: true);
            }

            Expression? condition = null;
            if (cursor.TryKeyword("if"))
            {
                cursor.SkipTrivia(newlines: true);
                condition = ParseExpression();
                cursor.SkipTrivia(newlines: true);
            }

            cursor.Expect(isObject ? '}' : ']', isObject ? "'}' to close the for expression" : "']' to close the for expression");
            return new ForExpression(keyName, valueName, collection, key, value, condition, grouping, cursor.RangeFrom(start));
        }
    }
}
