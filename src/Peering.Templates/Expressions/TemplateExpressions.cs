using System;
using Peering.Templates.Json;

namespace Peering.Templates.Expressions
{
    /// <summary>Turns a template string into its value: a literal, an escaped <c>[[</c> literal, or an evaluated <c>[expression]</c>.</summary>
    internal static class TemplateExpressions
    {
        /// <summary>ARM rejects a longer expression, so nothing longer is parsed.</summary>
        public const int MaxExpressionLength = 24_576;

        public static bool IsExpression(string text) =>
            text.Length >= 2 && text[0] == '[' && text[text.Length - 1] == ']' && !text.StartsWith("[[", StringComparison.Ordinal);

        public static ArmValue EvaluateString(string text, EvaluationContext context, SourceNode at)
        {
            if (context.Scope.Embedding?.Read(ref text, at) is ArmValue embedded)
            {
                return embedded;
            }

            if (text.StartsWith("[[", StringComparison.Ordinal))
            {
                if (context.EscapesAreAmbiguous)
                {
                    // Azure/Enterprise-Scale escapes the expressions of an inner template nested in an outer one, so that
                    // the inner deployment evaluates them: there "[[x]" is no literal, but how deep that goes is undocumented.
                    return context.Unevaluated("the escaped expression '" + Shorten(text) + "' in a template nested within one with outer scope", at);
                }

                // ARM's escape: "[[x]" is the literal text "[x]".
                return new ArmString(text.Substring(1));
            }

            if (!IsExpression(text))
            {
                return new ArmString(text);
            }

            if (text.Length > MaxExpressionLength)
            {
                return context.Unevaluated("the expression '" + Shorten(text) + "' of " + text.Length + " characters, over ARM's limit of " + MaxExpressionLength, at);
            }

            var expression = context.Scope.Expressions.Parse(text, out var tooDeep);
            if (expression == null)
            {
                return context.Unevaluated(
                    tooDeep ? "the expression '" + Shorten(text) + "', nested deeper than " + ExpressionParser.MaxNesting + " levels" : "the malformed expression '" + Shorten(text) + "'",
                    at);
            }

            return Evaluate(expression, context, at);
        }

        public static ArmValue Evaluate(Expression expression, EvaluationContext context, SourceNode at)
        {
            switch (expression)
            {
                case LiteralExpression literal:
                    return literal.Value;
                case PropertyExpression property:
                    var target = Evaluate(property.Target, context, at);
                    return target is ArmObject obj ? obj.Property(property.Name) ?? ArmUnknown.Instance : UnknownCauses.Explained(ArmUnknown.Instance, target);
                case IndexExpression index:
                    var indexed = Evaluate(index.Target, context, at);
                    var position = Evaluate(index.Index, context, at);
                    var item = Index(indexed, position);
                    return item.IsUnknown ? UnknownCauses.Explained(item, indexed, position) : item;
                default:
                    return ArmFunctions.Invoke((CallExpression)expression, context, at);
            }
        }

        private static ArmValue Index(ArmValue target, ArmValue index) => (target, index) switch
        {
            (ArmArray array, ArmNumber n) when n.Value >= 0 && n.Value < array.Items.Count => array.Items[(int)n.Value],
            (ArmObject obj, ArmString name) => obj.Property(name.Value) ?? ArmUnknown.Instance,
            _ => ArmUnknown.Instance,
        };

        private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }
}
