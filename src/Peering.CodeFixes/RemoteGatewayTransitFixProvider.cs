using System.Collections.Generic;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Peering.Rules.Catalogue;
using Peering.Rules.Checks;

namespace Peering.CodeFixes
{
    /// <summary>
    /// PEER104, when the peering back from the gateway's VNet is known and does not allow transit: set
    /// <c>AllowGatewayTransit = true</c> on that peering. Not offered when the remote VNet has no gateway (no flag helps),
    /// nor when one object in a helper or loop builds both directions (the flag would land on both sides).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoteGatewayTransitFixProvider)), Shared]
    public sealed class RemoteGatewayTransitFixProvider : PeeringCodeFixProvider
    {
        private const string EquivalenceKey = "PEER104.AllowGatewayTransitOnReverse";

        public RemoteGatewayTransitFixProvider()
            : base(RuleCatalogue.PEER104)
        {
        }

        protected override async Task<IReadOnlyList<CodeAction>> CreateFixesAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            // The finding's single additional location is the reverse peering (its flag, or its creation); a finding
            // about a missing gateway points at the remote VNet instead, where this fix would not apply.
            if (diagnostic.AdditionalLocations.Count != 1 || !diagnostic.Properties.TryGetValue(RemoteGatewayUnavailableRule.CaseProperty, out var findingCase) || findingCase != RemoteGatewayUnavailableRule.CaseNoTransit)
            {
                return System.Array.Empty<CodeAction>();
            }

            return await OnlyAsync(SetFlagTrueFix.CreateAsync(document, diagnostic.AdditionalLocations[0], "AllowGatewayTransit", "Set AllowGatewayTransit = true on the peering back", EquivalenceKey, diagnostic.Location, cancellationToken)).ConfigureAwait(false);
        }
    }
}
