using System.Collections.Generic;

namespace Peering.Templates.Expressions
{
    /// <summary>A parsed ARM template expression (the text between the outer brackets of <c>"[...]"</c>).</summary>
    internal abstract class Expression
    {
    }

    internal sealed class LiteralExpression : Expression
    {
        public LiteralExpression(ArmValue value)
        {
            Value = value;
        }

        public ArmValue Value { get; }
    }

    internal sealed class CallExpression : Expression
    {
        public CallExpression(string name, IReadOnlyList<Expression> arguments)
        {
            Name = name;
            Arguments = arguments;
        }

        public string Name { get; }

        public IReadOnlyList<Expression> Arguments { get; }
    }

    /// <summary><c>target.name</c>.</summary>
    internal sealed class PropertyExpression : Expression
    {
        public PropertyExpression(Expression target, string name)
        {
            Target = target;
            Name = name;
        }

        public Expression Target { get; }

        public string Name { get; }
    }

    /// <summary><c>target[index]</c>: an array element or, with a string index, an object property.</summary>
    internal sealed class IndexExpression : Expression
    {
        public IndexExpression(Expression target, Expression index)
        {
            Target = target;
            Index = index;
        }

        public Expression Target { get; }

        public Expression Index { get; }
    }
}
