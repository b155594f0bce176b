using System.Threading.Tasks;
using Peering.Analyzers.Tests.Infrastructure;
using Peering.CodeFixes;
using Verify = Peering.Analyzers.Tests.Infrastructure.FixVerifier<Peering.CodeFixes.ConflictingGatewayFlagsFixProvider>;

namespace Peering.Analyzers.Tests.Fixes
{
    public sealed class ConflictingGatewayFlagsFixTests
    {
        private const string Before = @"
class Deployment
{
    async Task PeerAsync(VirtualNetworkResource hub, VirtualNetworkResource spoke)
    {
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""hub-to-spoke"", new VirtualNetworkPeeringData
        {
            AllowGatewayTransit = true,
            {|PEER102:UseRemoteGateways = true|},
            RemoteVirtualNetworkId = spoke.Id,
        });
        var back = new VirtualNetworkPeeringData { RemoteVirtualNetworkId = hub.Id, AllowGatewayTransit = true };
        {|PEER102:back.UseRemoteGateways = true|};
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""spoke-to-hub"", back);
    }
}
";

        [Theory]
        [InlineData(SdkShape.Main)]
        [InlineData(SdkShape.Old)]
        public Task Keeping_AllowGatewayTransit_turns_UseRemoteGateways_off_everywhere(SdkShape shape) =>
            Verify.VerifyAsync(Before, Before.Replace("{|PEER102:UseRemoteGateways = true|}", "UseRemoteGateways = false").Replace("{|PEER102:back.UseRemoteGateways = true|}", "back.UseRemoteGateways = false"),
                shape, ConflictingGatewayFlagsFixProvider.KeepAllowGatewayTransitKey);

        [Theory]
        [InlineData(SdkShape.Main)]
        [InlineData(SdkShape.Old)]
        public Task Keeping_UseRemoteGateways_turns_AllowGatewayTransit_off_everywhere(SdkShape shape) =>
            Verify.VerifyAsync(Before, Before.Replace("{|PEER102:UseRemoteGateways = true|}", "UseRemoteGateways = true").Replace("{|PEER102:back.UseRemoteGateways = true|}", "back.UseRemoteGateways = true")
                    .Replace("AllowGatewayTransit = true", "AllowGatewayTransit = false"),
                shape, ConflictingGatewayFlagsFixProvider.KeepUseRemoteGatewaysKey);
    }
}
