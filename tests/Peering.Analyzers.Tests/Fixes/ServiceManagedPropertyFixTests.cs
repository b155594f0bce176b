using System.Threading.Tasks;
using Peering.Analyzers.Tests.Infrastructure;
using Verify = Peering.Analyzers.Tests.Infrastructure.FixVerifier<Peering.CodeFixes.ServiceManagedPropertyFixProvider>;

namespace Peering.Analyzers.Tests.Fixes
{
    public sealed class ServiceManagedPropertyFixTests
    {
        [Theory]
        [InlineData(SdkShape.Main)]
        [InlineData(SdkShape.Old)]
        public Task Removes_initializer_members_and_statements(SdkShape shape) =>
            Verify.VerifyAsync(@"
class Deployment
{
    async Task PeerAsync(VirtualNetworkResource hub, VirtualNetworkResource spoke)
    {
        var data = new VirtualNetworkPeeringData
        {
            RemoteVirtualNetworkId = spoke.Id,
            {|PEER406:PeeringState = VirtualNetworkPeeringState.Connected|},
            AllowForwardedTraffic = true,
        };
        {|PEER406:data.PeeringSyncLevel = VirtualNetworkPeeringLevel.FullyInSync|};
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""hub-to-spoke"", data);
    }
}
", @"
class Deployment
{
    async Task PeerAsync(VirtualNetworkResource hub, VirtualNetworkResource spoke)
    {
        var data = new VirtualNetworkPeeringData
        {
            RemoteVirtualNetworkId = spoke.Id,
            AllowForwardedTraffic = true,
        };
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""hub-to-spoke"", data);
    }
}
", shape);
    }
}
