using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Peering.Analyzers.Tests.Robustness
{
    /// <summary>
    /// The string values a test file spells out: each literal, or concatenation of literals and the file's own string
    /// constants (the fix tests build a program as <c>Networks + @"..."</c>), that is not part of a larger one.
    /// </summary>
    public static class InlineStrings
    {
        public static IEnumerable<(int Line, string Value)> In(SyntaxTree tree)
        {
            var root = tree.GetRoot();
            var constants = root.DescendantNodes().OfType<FieldDeclarationSyntax>()
                .Where(f => f.Modifiers.Any(SyntaxKind.ConstKeyword))
                .SelectMany(f => f.Declaration.Variables)
                .Where(v => v.Initializer != null)
                .GroupBy(v => v.Identifier.ValueText)
                .ToDictionary(g => g.Key, g => g.First().Initializer!.Value);
            return root.DescendantNodes().OfType<ExpressionSyntax>()
                .Where(e => (e.IsKind(SyntaxKind.StringLiteralExpression) || e.IsKind(SyntaxKind.AddExpression)) && !IsOperandOfConcatenation(e))
                .Select(e => (Line: e.GetLocation().GetLineSpan().StartLinePosition.Line + 1, Value: Fold(e, constants, depth: 0)))
                .Where(s => s.Value != null)
                .Select(s => (s.Line, s.Value!));
        }

        private static bool IsOperandOfConcatenation(ExpressionSyntax expression) =>
            expression.Parent is BinaryExpressionSyntax parent && parent.IsKind(SyntaxKind.AddExpression)
            || expression.Parent is ParenthesizedExpressionSyntax parenthesized && IsOperandOfConcatenation(parenthesized);

        /// <summary>The constant value, or null when any part is not a literal or a constant of this file.</summary>
        private static string? Fold(ExpressionSyntax expression, IReadOnlyDictionary<string, ExpressionSyntax> constants, int depth) =>
            depth > 32 ? null : expression switch
            {
                LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
                BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) =>
                    Fold(binary.Left, constants, depth + 1) is { } left && Fold(binary.Right, constants, depth + 1) is { } right ? left + right : null,
                ParenthesizedExpressionSyntax parenthesized => Fold(parenthesized.Expression, constants, depth + 1),
                IdentifierNameSyntax name when constants.TryGetValue(name.Identifier.ValueText, out var value) => Fold(value, constants, depth + 1),
                _ => null,
            };
    }
}
