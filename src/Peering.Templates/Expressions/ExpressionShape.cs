using System;

namespace Peering.Templates.Expressions
{
    /// <summary>Whether two parsed expressions are written alike: the same functions, properties and literal values, in the same places.</summary>
    internal static class ExpressionShape
    {
        public static bool Same(Expression a, Expression b)
        {
            switch (a)
            {
                case LiteralExpression literal:
                    return b is LiteralExpression other && literal.Value.ValueEquals(other.Value);
                case PropertyExpression property:
                    return b is PropertyExpression otherProperty && string.Equals(property.Name, otherProperty.Name, StringComparison.OrdinalIgnoreCase) && Same(property.Target, otherProperty.Target);
                case IndexExpression index:
                    return b is IndexExpression otherIndex && Same(index.Target, otherIndex.Target) && Same(index.Index, otherIndex.Index);
                case CallExpression call:
                    if (!(b is CallExpression otherCall) || !string.Equals(call.Name, otherCall.Name, StringComparison.OrdinalIgnoreCase) || call.Arguments.Count != otherCall.Arguments.Count)
                    {
                        return false;
                    }

                    for (var i = 0; i < call.Arguments.Count; i++)
                    {
                        if (!Same(call.Arguments[i], otherCall.Arguments[i]))
                        {
                            return false;
                        }
                    }

                    return true;
                default:
                    return false;
            }
        }
    }
}
