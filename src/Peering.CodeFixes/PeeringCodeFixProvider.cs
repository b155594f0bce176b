using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Peering.Rules.Catalogue;

namespace Peering.CodeFixes
{
    /// <summary>
    /// What every fixer here shares: one rule, Fix All by batching, and the walk over the diagnostics of a request.
    /// A fixer only says which actions a diagnostic gets, in the order the IDE (and <c>dotnet format</c>) should offer them.
    /// </summary>
    public abstract class PeeringCodeFixProvider : CodeFixProvider
    {
        protected PeeringCodeFixProvider(RuleInfo rule) => FixableDiagnosticIds = ImmutableArray.Create(rule.Id);

        public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

        public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                foreach (var action in await CreateFixesAsync(context.Document, root, diagnostic, context.CancellationToken).ConfigureAwait(false))
                {
                    context.RegisterCodeFix(action, diagnostic);
                }
            }
        }

        protected abstract Task<IReadOnlyList<CodeAction>> CreateFixesAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken);

        /// <summary>The single action, or none when it could not be built.</summary>
        protected static Task<IReadOnlyList<CodeAction>> Only(CodeAction? action) =>
            Task.FromResult<IReadOnlyList<CodeAction>>(action == null ? System.Array.Empty<CodeAction>() : new[] { action });

        /// <summary>The single action built asynchronously, or none when it could not be built.</summary>
        protected static async Task<IReadOnlyList<CodeAction>> OnlyAsync(Task<CodeAction?> action) =>
            await Only(await action.ConfigureAwait(false)).ConfigureAwait(false);
    }
}
