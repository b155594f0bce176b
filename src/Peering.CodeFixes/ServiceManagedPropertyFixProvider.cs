using System.Collections.Generic;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Peering.Rules.Catalogue;

namespace Peering.CodeFixes
{
    /// <summary>PEER406: remove the assignment of a property Azure computes.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ServiceManagedPropertyFixProvider)), Shared]
    public sealed class ServiceManagedPropertyFixProvider : PeeringCodeFixProvider
    {
        private const string EquivalenceKey = "PEER406.RemoveAssignment";

        public ServiceManagedPropertyFixProvider()
            : base(RuleCatalogue.PEER406)
        {
        }

        protected override Task<IReadOnlyList<CodeAction>> CreateFixesAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var assignment = FixSyntax.NodeAt<AssignmentExpressionSyntax>(root, diagnostic.Location);
            SyntaxNode? removed = assignment?.Parent switch
            {
                InitializerExpressionSyntax => assignment,
                ExpressionStatementSyntax statement => statement,
                _ => null,
            };
            return Only(removed == null ? null : CodeAction.Create(
                "Remove the assignment: Azure computes this property",
                (CancellationToken _) => Task.FromResult(document.WithSyntaxRoot(root.RemoveNode(removed, SyntaxRemoveOptions.KeepNoTrivia)!)),
                EquivalenceKey));
        }
    }
}
