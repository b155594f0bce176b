using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Peering.CodeFixes
{
    /// <summary>Syntax lookups and edits the fixers share.</summary>
    internal static class FixSyntax
    {
        /// <summary>
        /// The innermost node of type <typeparamref name="T"/> at a diagnostic location in this tree, e.g. the
        /// assignment <c>UseRemoteGateways = true</c> or the invocation that writes a peering.
        /// </summary>
        public static T? NodeAt<T>(SyntaxNode root, Location location)
            where T : SyntaxNode =>
            location.IsInSource && location.SourceTree == root.SyntaxTree
                ? root.FindNode(location.SourceSpan, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<T>().FirstOrDefault()
                : null;

        /// <summary>The same assignment with <c>false</c> as its value.</summary>
        public static AssignmentExpressionSyntax WithFalse(AssignmentExpressionSyntax assignment) =>
            assignment.WithRight(SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression).WithTriviaFrom(assignment.Right));
    }
}
