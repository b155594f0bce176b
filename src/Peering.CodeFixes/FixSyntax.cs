using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Peering.CodeFixes
{
    /// <summary>Syntax lookups and edits the fixers share.</summary>
    internal static class FixSyntax
    {
        /// <summary>The assignment a diagnostic points at (<c>UseRemoteGateways = true</c>), in an initializer or a statement.</summary>
        public static AssignmentExpressionSyntax? AssignmentAt(SyntaxNode root, Location location) =>
            location.IsInSource && location.SourceTree == root.SyntaxTree
                ? root.FindNode(location.SourceSpan, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<AssignmentExpressionSyntax>().FirstOrDefault()
                : null;

        /// <summary>The same assignment with <c>false</c> as its value.</summary>
        public static AssignmentExpressionSyntax WithFalse(AssignmentExpressionSyntax assignment) =>
            assignment.WithRight(SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression).WithTriviaFrom(assignment.Right));
    }
}
