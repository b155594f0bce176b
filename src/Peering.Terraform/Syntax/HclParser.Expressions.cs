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
    internal sealed partial class HclParser
    {
        private Expression ParseExpression()
        {
            Enter();
            var start = pos;
            var condition = ParseBinary(0);
            var save = pos;
            SkipTrivia(newlines: true);
            if (Peek() != '?')
            {
                pos = save;
                Leave();
                return condition;
            }

            pos++;
            SkipTrivia(newlines: true);
            var whenTrue = ParseExpression();
            SkipTrivia(newlines: true);
            Expect(':', "':' of a conditional expression");
            SkipTrivia(newlines: true);
            var whenFalse = ParseExpression();
            Leave();
            return new ConditionalExpression(condition, whenTrue, whenFalse, RangeFrom(start));
        }

        private Expression ParseBinary(int minPrecedence)
        {
            var start = pos;
            var left = ParseUnary();
            var chain = 0;
            while (true)
            {
                var save = pos;
                SkipTrivia(newlines: true);
                var op = PeekBinaryOperator(out var precedence);
                if (op == null || precedence < minPrecedence)
                {
                    pos = save;
                    depth -= chain;
                    return left;
                }

                pos += op.Length;
                SkipTrivia(newlines: true);

                // The tree of a chain leans left, so every operator of it is one level deeper than the last.
                Enter();
                chain++;
                var right = ParseBinary(precedence + 1);
                left = new BinaryExpression(op, left, right, RangeFrom(start));
            }
        }

        /// <summary>HCL's binary operators with their precedence (higher binds tighter), or null.</summary>
        private string? PeekBinaryOperator(out int precedence)
        {
            var c = Peek();
            var next = Peek(1);
            precedence = 0;
            switch (c)
            {
                case '|' when next == '|':
                    precedence = 1;
                    return "||";
                case '&' when next == '&':
                    precedence = 2;
                    return "&&";
                case '=' when next == '=':
                    precedence = 3;
                    return "==";
                case '!' when next == '=':
                    precedence = 3;
                    return "!=";
                case '<' when next != '<':
                    precedence = 4;
                    return next == '=' ? "<=" : "<";
                case '>':
                    precedence = 4;
                    return next == '=' ? ">=" : ">";
                case '+':
                    precedence = 5;
                    return "+";
                case '-':
                    precedence = 5;
                    return "-";
                case '*':
                case '/':
                case '%':
                    precedence = 6;
                    return c.ToString();
                default:
                    return null;
            }
        }

        private Expression ParseUnary()
        {
            var start = pos;
            var c = Peek();
            if ((c == '-' || c == '!') && !(c == '!' && Peek(1) == '='))
            {
                pos++;
                SkipTrivia(newlines: false);
                Enter();
                var operand = ParseUnary();
                Leave();
                return new UnaryExpression(c, operand, RangeFrom(start));
            }

            return ParsePostfix(ParseTerm(), start);
        }

        /// <summary>Attribute access, indexes and splats after a term, on the same line.</summary>
        private Expression ParsePostfix(Expression expression, int start)
        {
            var chain = 0;
            while (true)
            {
                var save = pos;
                SkipTrivia(newlines: false);
                if (Peek() == '.' && Peek(1) != '.')
                {
                    pos++;
                    SkipTrivia(newlines: false);
                    if (Peek() == '*')
                    {
                        pos++;
                        expression = ParseSplat(expression, full: false, start);
                    }
                    else
                    {
                        expression = ParseTraversalStep(expression, start);
                    }
                }
                else if (Peek() == '[')
                {
                    pos++;
                    SkipTrivia(newlines: true);
                    if (Peek() == '*')
                    {
                        pos++;
                        SkipTrivia(newlines: true);
                        Expect(']', "']' after '[*'");
                        expression = ParseSplat(expression, full: true, start);
                    }
                    else
                    {
                        expression = ParseIndexRest(expression, start);
                    }
                }
                else
                {
                    pos = save;
                    depth -= chain;
                    return expression;
                }

                // Each step wraps the expression before it: the chain is as deep as it is long.
                Enter();
                chain++;
            }
        }

        /// <summary>After a '.': an attribute name, or a number (the legacy index <c>list.0</c>).</summary>
        private Expression ParseTraversalStep(Expression source, int start)
        {
            if (char.IsAsciiDigit(Peek()))
            {
                var digitsStart = pos;
                while (char.IsAsciiDigit(Peek()))
                {
                    pos++;
                }

                var index = new LiteralExpression(new TfNumber(double.Parse(text.Substring(digitsStart, pos - digitsStart), CultureInfo.InvariantCulture)), RangeFrom(digitsStart));
                return new IndexExpression(source, index, RangeFrom(start));
            }

            if (!IsNameStart(Peek()))
            {
                throw Error("expected an attribute name after '.'");
            }

            var name = ReadName();
            return new GetAttributeExpression(source, name, RangeFrom(start));
        }

        /// <summary>After '[' (not a splat): the key and the closing bracket.</summary>
        private Expression ParseIndexRest(Expression source, int start)
        {
            var key = ParseExpression();
            SkipTrivia(newlines: true);
            Expect(']', "']' to close the index");
            return new IndexExpression(source, key, RangeFrom(start));
        }

        /// <summary>
        /// The traversal a splat applies to each element: attribute steps for <c>.*</c>, attribute and index steps for
        /// <c>[*]</c> (hclsyntax spec.md, "Splat Operators").
        /// </summary>
        private Expression ParseSplat(Expression source, bool full, int start)
        {
            var item = new SplatItemExpression(RangeFrom(pos));
            Expression each = item;
            var chain = 0;
            while (true)
            {
                var save = pos;
                SkipTrivia(newlines: false);
                if (Peek() == '.' && Peek(1) != '.' && Peek(1) != '*')
                {
                    pos++;
                    SkipTrivia(newlines: false);
                    each = ParseTraversalStep(each, start);
                }
                else if (full && Peek() == '[' && !IsSplatAhead())
                {
                    pos++;
                    SkipTrivia(newlines: true);
                    each = ParseIndexRest(each, start);
                }
                else
                {
                    pos = save;
                    break;
                }

                Enter();
                chain++;
            }

            depth -= chain;
            return new SplatExpression(source, each, item, RangeFrom(start));
        }

        private bool IsSplatAhead()
        {
            var save = pos;
            pos++;
            SkipTrivia(newlines: true);
            var splat = Peek() == '*';
            pos = save;
            return splat;
        }

        private Expression ParseTerm()
        {
            var start = pos;
            var c = Peek();
            if (AtEnd)
            {
                throw Error("expected an expression");
            }

            if (char.IsAsciiDigit(c))
            {
                return ParseNumber();
            }

            switch (c)
            {
                case '"':
                    return ParseQuotedTemplate();
                case '<' when Peek(1) == '<':
                    return ParseHeredoc();
                case '[':
                    return ParseTupleOrFor();
                case '{':
                    return ParseObjectOrFor();
                case '(':
                    pos++;
                    SkipTrivia(newlines: true);
                    Enter();
                    var inner = ParseExpression();
                    Leave();
                    SkipTrivia(newlines: true);
                    Expect(')', "')' to close the parentheses");
                    return new ParenthesesExpression(inner, RangeFrom(start));
            }

            if (!IsNameStart(c))
            {
                throw Error("expected an expression");
            }

            var name = ReadName();
            switch (name)
            {
                case "true":
                    return new LiteralExpression(TfBool.True, RangeFrom(start));
                case "false":
                    return new LiteralExpression(TfBool.False, RangeFrom(start));
                case "null":
                    return new LiteralExpression(TfNull.Instance, RangeFrom(start));
            }

            while (Peek() == ':' && Peek(1) == ':')
            {
                // A provider-defined function: provider::azapi::build_resource_id (Terraform 1.8).
                pos += 2;
                name += "::" + ReadName();
            }

            var save = pos;
            SkipTrivia(newlines: false);
            if (Peek() == '(')
            {
                return ParseCallArguments(name, RangeFrom(start), start);
            }

            pos = save;
            if (name.Contains("::"))
            {
                throw Error("expected '(' after the function name " + name);
            }

            return new VariableExpression(name, RangeFrom(start));
        }

        private Expression ParseNumber()
        {
            var start = pos;
            while (char.IsAsciiDigit(Peek()))
            {
                pos++;
            }

            if (Peek() == '.' && char.IsAsciiDigit(Peek(1)))
            {
                pos++;
                while (char.IsAsciiDigit(Peek()))
                {
                    pos++;
                }
            }

            if ((Peek() == 'e' || Peek() == 'E') && (char.IsAsciiDigit(Peek(1)) || ((Peek(1) == '+' || Peek(1) == '-') && char.IsAsciiDigit(Peek(2)))))
            {
                pos += 2;
                while (char.IsAsciiDigit(Peek()))
                {
                    pos++;
                }
            }

            var value = double.Parse(text.Substring(start, pos - start), NumberStyles.Float, CultureInfo.InvariantCulture);
            return new LiteralExpression(new TfNumber(value), RangeFrom(start));
        }

        private Expression ParseCallArguments(string name, TextRange nameRange, int start)
        {
            pos++;
            Enter();
            var arguments = NewList<Expression>();
            var expandFinal = false;
            SkipTrivia(newlines: true);
            while (Peek() != ')')
            {
                arguments.Add(ParseExpression());
                CountItem(arguments.Count);
                SkipTrivia(newlines: true);
                if (Peek() == '.' && Peek(1) == '.' && Peek(2) == '.')
                {
                    pos += 3;
                    expandFinal = true;
                    SkipTrivia(newlines: true);
                    if (Peek() == ',')
                    {
                        pos++;
                        SkipTrivia(newlines: true);
                    }

                    break;
                }

                if (Peek() != ',')
                {
                    break;
                }

                pos++;
                SkipTrivia(newlines: true);
            }

            Expect(')', "',' or ')' in the arguments of " + name);
            Leave();
            return new FunctionCallExpression(name, arguments, expandFinal, nameRange, RangeFrom(start));
        }

        private Expression ParseTupleOrFor()
        {
            var start = pos;
            pos++;
            Enter();
            SkipTrivia(newlines: true);
            Expression result;
            if (IsKeywordAhead("for"))
            {
                result = ParseForRest(start, isObject: false);
            }
            else
            {
                var items = NewList<Expression>();
                while (Peek() != ']')
                {
                    items.Add(ParseExpression());
                    CountItem(items.Count);
                    SkipTrivia(newlines: true);
                    if (Peek() != ',')
                    {
                        break;
                    }

                    pos++;
                    SkipTrivia(newlines: true);
                }

                Expect(']', "',' or ']' in a list");
                result = new TupleExpression(items, RangeFrom(start));
            }

            Leave();
            return result;
        }

        private Expression ParseObjectOrFor()
        {
            var start = pos;
            pos++;
            Enter();
            SkipTrivia(newlines: true);
            if (IsKeywordAhead("for"))
            {
                var forExpression = ParseForRest(start, isObject: true);
                Leave();
                return forExpression;
            }

            var items = NewList<ObjectItem>();
            while (true)
            {
                SkipTrivia(newlines: true);
                if (Peek() == '}')
                {
                    break;
                }

                var key = ParseObjectKey();
                SkipTrivia(newlines: false);
                if (Peek() != '=' && Peek() != ':')
                {
                    throw Error("expected '=' or ':' after an object key");
                }

                pos++;
                SkipTrivia(newlines: true);
                items.Add(new ObjectItem(key, ParseExpression()));
                CountItem(items.Count);
                SkipTrivia(newlines: false);
                if (Peek() == ',')
                {
                    pos++;
                }
                else if (Peek() != '\n' && Peek() != '}')
                {
                    throw Error("expected a new line or ',' after an object item");
                }
            }

            pos++;
            Leave();
            return new ObjectExpression(items, RangeFrom(start));
        }

        /// <summary>A bare name is the key itself; anything else (a string, <c>(expression)</c>) is evaluated.</summary>
        private Expression ParseObjectKey()
        {
            var start = pos;
            if (IsNameStart(Peek()))
            {
                var name = ReadName();
                var save = pos;
                SkipTrivia(newlines: false);
                var separator = (Peek() == '=' && Peek(1) != '=') || Peek() == ':';
                pos = save;
                if (separator)
                {
                    return new LiteralExpression(new TfString(name), RangeFrom(start));
                }

                pos = start;
            }

            return ParseExpression();
        }

        /// <summary>
        /// After the keyword <c>for</c> of an expression or a template directive: <c>k, v in collection</c>, the key's
        /// name null when only the value is named.
        /// </summary>
        private (string? KeyName, string ValueName, Expression Collection) ParseForHeader(string what)
        {
            SkipTrivia(newlines: true);
            string? keyName = null;
            var valueName = ReadName();
            SkipTrivia(newlines: true);
            if (Peek() == ',')
            {
                pos++;
                SkipTrivia(newlines: true);
                keyName = valueName;
                valueName = ReadName();
                SkipTrivia(newlines: true);
            }

            if (!TryKeyword("in"))
            {
                throw Error("expected 'in' in " + what);
            }

            SkipTrivia(newlines: true);
            return (keyName, valueName, ParseExpression());
        }

        /// <summary>After <c>[</c> or <c>{</c> and the keyword <c>for</c>: the rest of a <c>for</c> expression and its closing bracket.</summary>
        private Expression ParseForRest(int start, bool isObject)
        {
            pos += 3;
            var (keyName, valueName, collection) = ParseForHeader("a for expression");
            SkipTrivia(newlines: true);
            Expect(':', "':' after the collection of a for expression");
            SkipTrivia(newlines: true);
            Expression? key = null;
            if (isObject)
            {
                key = ParseExpression();
                SkipTrivia(newlines: true);
                if (Peek() != '=' || Peek(1) != '>')
                {
                    throw Error("expected '=>' in an object for expression");
                }

                pos += 2;
                SkipTrivia(newlines: true);
            }

            var value = ParseExpression();
            SkipTrivia(newlines: true);
            var grouping = false;
            if (isObject && Peek() == '.' && Peek(1) == '.' && Peek(2) == '.')
            {
                pos += 3;
                grouping = true;
                SkipTrivia(newlines: true);
            }

            Expression? condition = null;
            if (TryKeyword("if"))
            {
                SkipTrivia(newlines: true);
                condition = ParseExpression();
                SkipTrivia(newlines: true);
            }

            Expect(isObject ? '}' : ']', isObject ? "'}' to close the for expression" : "']' to close the for expression");
            return new ForExpression(keyName, valueName, collection, key, value, condition, grouping, RangeFrom(start));
        }
    }
}
