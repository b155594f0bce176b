using System.Threading.Tasks;
using Peering.Analyzers.Tests.Infrastructure;
using Verify = Peering.Analyzers.Tests.Infrastructure.FixVerifier<Peering.CodeFixes.UseRemoteGatewaysAcrossRegionsFixProvider>;

namespace Peering.Analyzers.Tests.Fixes
{
    public sealed class UseRemoteGatewaysAcrossRegionsFixTests
    {
        private const string Before = @"
class Deployment
{
    async Task PeerAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, ""hub"", new VirtualNetworkData { Location = AzureLocation.WestEurope })).Value;
        var spoke = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, ""spoke"", new VirtualNetworkData { Location = AzureLocation.EastUS })).Value;
        var other = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, ""other"", new VirtualNetworkData { Location = AzureLocation.WestUS })).Value;
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""spoke-to-hub"", new VirtualNetworkPeeringData { {|PEER101:UseRemoteGateways = true|}, RemoteVirtualNetworkId = hub.Id });
        var data = new VirtualNetworkPeeringData { RemoteVirtualNetworkId = hub.Id };
        {|PEER101:data.UseRemoteGateways = true|};
        await other.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""other-to-hub"", data);
    }
}
";

        private const string After = @"
class Deployment
{
    async Task PeerAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, ""hub"", new VirtualNetworkData { Location = AzureLocation.WestEurope })).Value;
        var spoke = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, ""spoke"", new VirtualNetworkData { Location = AzureLocation.EastUS })).Value;
        var other = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, ""other"", new VirtualNetworkData { Location = AzureLocation.WestUS })).Value;
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""spoke-to-hub"", new VirtualNetworkPeeringData { UseRemoteGateways = false, RemoteVirtualNetworkId = hub.Id });
        var data = new VirtualNetworkPeeringData { RemoteVirtualNetworkId = hub.Id };
        data.UseRemoteGateways = false;
        await other.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""other-to-hub"", data);
    }
}
";

        [Theory]
        [InlineData(SdkShape.Main)]
        [InlineData(SdkShape.Old)]
        public Task Sets_UseRemoteGateways_false_in_initializers_and_statements_and_fixes_all(SdkShape shape) =>
            Verify.VerifyAsync(Before, After, shape, ignore: new[] { "PEER301" });
    }
}
