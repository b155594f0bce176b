using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Peering.Rules.Catalogue;
using Peering.Rules.Rules;

namespace Peering.CodeFixes
{
    /// <summary>
    /// PEER102: keep one of UseRemoteGateways / AllowGatewayTransit. The action the analysis recommends for the
    /// peering's side comes first (the one <c>dotnet format</c> applies); the other stays available.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConflictingGatewayFlagsFixProvider)), Shared]
    public sealed class ConflictingGatewayFlagsFixProvider : CodeFixProvider
    {
        public const string KeepAllowGatewayTransitKey = "PEER102.KeepAllowGatewayTransit";
        public const string KeepUseRemoteGatewaysKey = "PEER102.KeepUseRemoteGateways";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleCatalogue.PEER102.Id);

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
                // Additional locations: [0] the UseRemoteGateways assignment, [1] the AllowGatewayTransit one.
                if (diagnostic.AdditionalLocations.Count < 2)
                {
                    continue;
                }

                var keepTransit = SetFlagFalseFix.Create(context.Document, root, diagnostic.AdditionalLocations[0],
                    "Keep AllowGatewayTransit (this VNet has the gateway): set UseRemoteGateways = false", KeepAllowGatewayTransitKey);
                var keepRemote = SetFlagFalseFix.Create(context.Document, root, diagnostic.AdditionalLocations[1],
                    "Keep UseRemoteGateways (the remote VNet has the gateway): set AllowGatewayTransit = false", KeepUseRemoteGatewaysKey);
                diagnostic.Properties.TryGetValue(ConflictingGatewayFlagsRule.KeepProperty, out var keep);
                var ordered = keep == ConflictingGatewayFlagsRule.KeepUseRemoteGateways
                    ? new[] { keepRemote, keepTransit }
                    : new[] { keepTransit, keepRemote };
                foreach (var action in ordered)
                {
                    if (action != null)
                    {
                        context.RegisterCodeFix(action, diagnostic);
                    }
                }
            }
        }
    }
}
