using System.Collections.Generic;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Peering.Rules.Catalogue;

namespace Peering.CodeFixes
{
    /// <summary>PEER101: stop using the remote gateway across regions (<c>UseRemoteGateways = false</c>).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseRemoteGatewaysAcrossRegionsFixProvider)), Shared]
    public sealed class UseRemoteGatewaysAcrossRegionsFixProvider : PeeringCodeFixProvider
    {
        private const string EquivalenceKey = "PEER101.DisableUseRemoteGateways";

        public UseRemoteGatewaysAcrossRegionsFixProvider()
            : base(RuleCatalogue.PEER101)
        {
        }

        protected override Task<IReadOnlyList<CodeAction>> CreateFixesAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken) =>
            Only(SetFlagFalseFix.Create(document, root, diagnostic.Location, "Set UseRemoteGateways = false", EquivalenceKey));
    }
}
