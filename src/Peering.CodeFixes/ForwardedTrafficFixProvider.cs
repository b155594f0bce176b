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
    /// <summary>PEER305: the peering that carries traffic to the appliance allows forwarded traffic (<c>AllowForwardedTraffic = true</c>).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ForwardedTrafficFixProvider)), Shared]
    public sealed class ForwardedTrafficFixProvider : PeeringCodeFixProvider
    {
        private const string EquivalenceKey = "PEER305.AllowForwardedTraffic";

        public ForwardedTrafficFixProvider()
            : base(RuleCatalogue.PEER305)
        {
        }

        protected override Task<IReadOnlyList<CodeAction>> CreateFixesAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken) =>
            OnlyAsync(SetFlagTrueFix.CreateAsync(document, diagnostic.Location, "AllowForwardedTraffic", "Set AllowForwardedTraffic = true", EquivalenceKey, null, cancellationToken));
    }
}
