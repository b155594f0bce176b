using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Peering.CodeFixes
{
    /// <summary>A code action that sets one flag assignment (found at a location) to <c>false</c>.</summary>
    internal static class SetFlagFalseFix
    {
        public static CodeAction? Create(Document document, SyntaxNode root, Location flagLocation, string title, string equivalenceKey)
        {
            var assignment = FixSyntax.NodeAt<AssignmentExpressionSyntax>(root, flagLocation);
            if (assignment == null)
            {
                return null;
            }

            return CodeAction.Create(
                title,
                (CancellationToken _) => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(assignment, FixSyntax.WithFalse(assignment)))),
                equivalenceKey);
        }
    }
}
