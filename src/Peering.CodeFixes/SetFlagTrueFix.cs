using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace Peering.CodeFixes
{
    /// <summary>
    /// A code action that makes a peering set one flag to <c>true</c>, at a location that is either the assignment
    /// <c>Flag = false</c> (its value becomes <c>true</c>) or the creation of the peering data (its initializer gets
    /// <c>Flag = true</c>). The location may be in another document than the diagnostic (the reverse peering).
    /// </summary>
    internal static class SetFlagTrueFix
    {
        /// <param name="excluded">A span the target must not contain: one object that serves both sides gets no fix.</param>
        public static async Task<CodeAction?> CreateAsync(Document document, Location target, string flag, string title, string equivalenceKey, Location? excluded, CancellationToken cancellationToken)
        {
            var targetDocument = target.SourceTree == null ? null : document.Project.Solution.GetDocument(target.SourceTree);
            var root = targetDocument == null ? null : await targetDocument.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (targetDocument == null || root == null || !target.IsInSource)
            {
                return null;
            }

            var node = root.FindNode(target.SourceSpan, getInnermostNodeForTie: true);
            var replacement = FlagAssignment(node, flag) ?? ObjectCreation(node, flag, excluded);
            if (replacement == null)
            {
                return null;
            }

            var (original, updated) = replacement.Value;
            return CodeAction.Create(
                title,
                (CancellationToken _) => Task.FromResult(targetDocument.Project.Solution.WithDocumentSyntaxRoot(targetDocument.Id, root.ReplaceNode(original, updated))),
                equivalenceKey);
        }

        /// <summary><c>Flag = false</c> becomes <c>Flag = true</c>; an assignment of anything but a literal is left alone.</summary>
        private static (SyntaxNode, SyntaxNode)? FlagAssignment(SyntaxNode node, string flag)
        {
            var assignment = node.AncestorsAndSelf().OfType<AssignmentExpressionSyntax>().FirstOrDefault();
            if (assignment == null || AssignedName(assignment) != flag || !assignment.Right.IsKind(SyntaxKind.FalseLiteralExpression))
            {
                return null;
            }

            return (assignment, assignment.WithRight(SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression).WithTriviaFrom(assignment.Right)));
        }

        private static (SyntaxNode, SyntaxNode)? ObjectCreation(SyntaxNode node, string flag, Location? excluded)
        {
            var creation = node.AncestorsAndSelf().OfType<BaseObjectCreationExpressionSyntax>().FirstOrDefault();
            if (creation == null || (excluded != null && excluded.SourceTree == creation.SyntaxTree && creation.Span.Contains(excluded.SourceSpan))
                || creation.Initializer?.Expressions.OfType<AssignmentExpressionSyntax>().Any(a => AssignedName(a) == flag) == true)
            {
                return null;
            }

            var assignment = SyntaxFactory.AssignmentExpression(
                SyntaxKind.SimpleAssignmentExpression,
                SyntaxFactory.IdentifierName(flag),
                SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression));
            var initializer = creation.Initializer == null
                ? SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression, SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(assignment))
                : creation.Initializer.AddExpressions(assignment);
            var updated = creation switch
            {
                ObjectCreationExpressionSyntax explicitCreation when explicitCreation.ArgumentList is { Arguments.Count: 0 } =>
                    explicitCreation.WithArgumentList(null).WithType(explicitCreation.Type.WithTrailingTrivia(SyntaxFactory.Space)).WithInitializer(initializer),
                _ => creation.WithInitializer(initializer),
            };
            return (creation, updated.WithAdditionalAnnotations(Formatter.Annotation));
        }

        private static string? AssignedName(AssignmentExpressionSyntax assignment) => assignment.Left switch
        {
            IdentifierNameSyntax name => name.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => null,
        };
    }
}
