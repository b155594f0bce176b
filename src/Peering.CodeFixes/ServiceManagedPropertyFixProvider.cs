using System.Collections.Immutable;
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
    public sealed class ServiceManagedPropertyFixProvider : CodeFixProvider
    {
        private const string EquivalenceKey = "PEER406.RemoveAssignment";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleCatalogue.PEER406.Id);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                var assignment = FixSyntax.AssignmentAt(root, diagnostic.Location);
                SyntaxNode? removed = assignment?.Parent switch
                {
                    InitializerExpressionSyntax => assignment,
                    ExpressionStatementSyntax statement => statement,
                    _ => null,
                };
                if (removed == null)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Remove the assignment: Azure computes this property",
                        (CancellationToken _) => Task.FromResult(context.Document.WithSyntaxRoot(root.RemoveNode(removed, SyntaxRemoveOptions.KeepNoTrivia)!)),
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
