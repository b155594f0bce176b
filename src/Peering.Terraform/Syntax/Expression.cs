using System.Collections.Generic;
using Peering.Terraform.Evaluation;

namespace Peering.Terraform.Syntax
{
    /// <summary>An HCL expression (hclsyntax spec.md, "Expressions"), with the text range it was parsed from.</summary>
    internal abstract class Expression
    {
        protected Expression(TextRange range)
        {
            Range = range;
        }

        public TextRange Range { get; }
    }

    /// <summary>A number, <c>true</c>, <c>false</c> or <c>null</c>, or a template without interpolation.</summary>
    internal sealed class LiteralExpression : Expression
    {
        public LiteralExpression(TfValue value, TextRange range)
            : base(range)
        {
            Value = value;
        }

        public TfValue Value { get; }
    }

    /// <summary>A bare name: <c>var</c>, <c>local</c>, <c>azurerm_virtual_network</c>, a <c>for</c> symbol.</summary>
    internal sealed class VariableExpression : Expression
    {
        public VariableExpression(string name, TextRange range)
            : base(range)
        {
            Name = name;
        }

        public string Name { get; }
    }

    /// <summary><c>source.name</c>.</summary>
    internal sealed class GetAttributeExpression : Expression
    {
        public GetAttributeExpression(Expression source, string name, TextRange range)
            : base(range)
        {
            Source = source;
            Name = name;
        }

        public Expression Source { get; }

        public string Name { get; }
    }

    /// <summary><c>source[key]</c>, and the legacy <c>source.0</c>.</summary>
    internal sealed class IndexExpression : Expression
    {
        public IndexExpression(Expression source, Expression key, TextRange range)
            : base(range)
        {
            Source = source;
            Key = key;
        }

        public Expression Source { get; }

        public Expression Key { get; }
    }

    /// <summary>
    /// <c>source[*].rest</c> or <c>source.*.rest</c>: <see cref="Each"/> is applied to every element, with
    /// <see cref="SplatItemExpression"/> standing for the element.
    /// </summary>
    internal sealed class SplatExpression : Expression
    {
        public SplatExpression(Expression source, Expression each, SplatItemExpression item, TextRange range)
            : base(range)
        {
            Source = source;
            Each = each;
            Item = item;
        }

        public Expression Source { get; }

        public Expression Each { get; }

        public SplatItemExpression Item { get; }
    }

    /// <summary>The element a splat's traversal starts from.</summary>
    internal sealed class SplatItemExpression : Expression
    {
        public SplatItemExpression(TextRange range)
            : base(range)
        {
        }
    }

    /// <summary><c>(expression)</c>: kept so an object key in parentheses is evaluated rather than read as a name.</summary>
    internal sealed class ParenthesesExpression : Expression
    {
        public ParenthesesExpression(Expression inner, TextRange range)
            : base(range)
        {
            Inner = inner;
        }

        public Expression Inner { get; }
    }

    /// <summary><c>name(arguments)</c>, <c>provider::azapi::build_resource_id(...)</c>, with <c>...</c> after the last argument.</summary>
    internal sealed class FunctionCallExpression : Expression
    {
        public FunctionCallExpression(string name, IReadOnlyList<Expression> arguments, bool expandFinal, TextRange nameRange, TextRange range)
            : base(range)
        {
            Name = name;
            Arguments = arguments;
            ExpandFinal = expandFinal;
            NameRange = nameRange;
        }

        public string Name { get; }

        public IReadOnlyList<Expression> Arguments { get; }

        public bool ExpandFinal { get; }

        public TextRange NameRange { get; }
    }

    internal sealed class ConditionalExpression : Expression
    {
        public ConditionalExpression(Expression condition, Expression whenTrue, Expression whenFalse, TextRange range)
            : base(range)
        {
            Condition = condition;
            WhenTrue = whenTrue;
            WhenFalse = whenFalse;
        }

        public Expression Condition { get; }

        public Expression WhenTrue { get; }

        public Expression WhenFalse { get; }
    }

    /// <summary>Binary operators; the text is HCL's (<c>==</c>, <c>&amp;&amp;</c>, ...).</summary>
    internal sealed class BinaryExpression : Expression
    {
        public BinaryExpression(string op, Expression left, Expression right, TextRange range)
            : base(range)
        {
            Operator = op;
            Left = left;
            Right = right;
        }

        public string Operator { get; }

        public Expression Left { get; }

        public Expression Right { get; }
    }

    /// <summary><c>-x</c> or <c>!x</c>.</summary>
    internal sealed class UnaryExpression : Expression
    {
        public UnaryExpression(char op, Expression operand, TextRange range)
            : base(range)
        {
            Operator = op;
            Operand = operand;
        }

        public char Operator { get; }

        public Expression Operand { get; }
    }

    /// <summary><c>[a, b, c]</c>.</summary>
    internal sealed class TupleExpression : Expression
    {
        public TupleExpression(IReadOnlyList<Expression> items, TextRange range)
            : base(range)
        {
            Items = items;
        }

        public IReadOnlyList<Expression> Items { get; }
    }

    /// <summary><c>{ key = value, ... }</c>; a bare name as a key is the name itself, not a variable.</summary>
    internal sealed class ObjectExpression : Expression
    {
        public ObjectExpression(IReadOnlyList<ObjectItem> items, TextRange range)
            : base(range)
        {
            Items = items;
        }

        public IReadOnlyList<ObjectItem> Items { get; }
    }

    /// <param name="Key">A <see cref="LiteralExpression"/> for a bare name; otherwise the key's expression.</param>
    internal sealed record ObjectItem(Expression Key, Expression Value);

    /// <summary>
    /// <c>[for k, v in collection : value if condition]</c> or <c>{for k, v in collection : key => value... if condition}</c>.
    /// </summary>
    internal sealed class ForExpression : Expression
    {
        public ForExpression(string? keyName, string valueName, Expression collection, Expression? key, Expression value, Expression? condition, bool grouping, TextRange range)
            : base(range)
        {
            KeyName = keyName;
            ValueName = valueName;
            Collection = collection;
            Key = key;
            Value = value;
            Condition = condition;
            Grouping = grouping;
        }

        public string? KeyName { get; }

        public string ValueName { get; }

        public Expression Collection { get; }

        /// <summary>The key expression of an object <c>for</c>; null for a tuple <c>for</c>.</summary>
        public Expression? Key { get; }

        public Expression Value { get; }

        public Expression? Condition { get; }

        /// <summary><c>...</c> after the value: values of equal keys are grouped into lists.</summary>
        public bool Grouping { get; }

        public bool IsObject => Key != null;
    }
}
