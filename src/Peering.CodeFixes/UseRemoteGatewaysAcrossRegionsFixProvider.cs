using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Peering.Rules.Catalogue;

namespace Peering.CodeFixes
{
    /// <summary>PEER101: stop using the remote gateway across regions (<c>UseRemoteGateways = false</c>).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseRemoteGatewaysAcrossRegionsFixProvider)), Shared]
    public sealed class UseRemoteGatewaysAcrossRegionsFixProvider : CodeFixProvider
    {
        private const string EquivalenceKey = "PEER101.DisableUseRemoteGateways";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleCatalogue.PEER101.Id);

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
                var action = SetFlagFalseFix.Create(context.Document, root, diagnostic.Location, "Set UseRemoteGateways = false", EquivalenceKey);
                if (action != null)
                {
                    context.RegisterCodeFix(action, diagnostic);
                }
            }
        }
    }
}
