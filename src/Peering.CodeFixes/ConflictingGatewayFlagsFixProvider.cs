using System.Collections.Generic;
using System.Composition;
using System.Linq;
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
    /// PEER102: keep one of UseRemoteGateways / AllowGatewayTransit. The action the analysis recommends for the
    /// peering's side comes first (the one <c>dotnet format</c> applies); the other stays available.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConflictingGatewayFlagsFixProvider)), Shared]
    public sealed class ConflictingGatewayFlagsFixProvider : PeeringCodeFixProvider
    {
        public const string KeepAllowGatewayTransitKey = "PEER102.KeepAllowGatewayTransit";
        public const string KeepUseRemoteGatewaysKey = "PEER102.KeepUseRemoteGateways";

        public ConflictingGatewayFlagsFixProvider()
            : base(RuleCatalogue.PEER102)
        {
        }

        protected override Task<IReadOnlyList<CodeAction>> CreateFixesAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            // Additional locations: [0] the UseRemoteGateways assignment, [1] the AllowGatewayTransit one.
            if (diagnostic.AdditionalLocations.Count < 2)
            {
                return Only(null);
            }

            var keepTransit = SetFlagFalseFix.Create(document, root, diagnostic.AdditionalLocations[0],
                "Keep AllowGatewayTransit (this VNet has the gateway): set UseRemoteGateways = false", KeepAllowGatewayTransitKey);
            var keepRemote = SetFlagFalseFix.Create(document, root, diagnostic.AdditionalLocations[1],
                "Keep UseRemoteGateways (the remote VNet has the gateway): set AllowGatewayTransit = false", KeepUseRemoteGatewaysKey);
            diagnostic.Properties.TryGetValue(ConflictingGatewayFlagsRule.KeepProperty, out var keep);
            var ordered = keep == ConflictingGatewayFlagsRule.KeepUseRemoteGateways
                ? new[] { keepRemote, keepTransit }
                : new[] { keepTransit, keepRemote };
            return Task.FromResult<IReadOnlyList<CodeAction>>(ordered.Where(a => a != null).Select(a => a!).ToArray());
        }
    }
}
