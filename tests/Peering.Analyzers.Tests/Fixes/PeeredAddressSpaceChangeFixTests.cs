using System.Threading.Tasks;
using Peering.Analyzers.Tests.Infrastructure;
using Verify = Peering.Analyzers.Tests.Infrastructure.FixVerifier<Peering.CodeFixes.PeeredAddressSpaceChangeFixProvider>;

namespace Peering.Analyzers.Tests.Fixes
{
    public sealed class PeeredAddressSpaceChangeFixTests
    {
        [Theory]
        [InlineData(SdkShape.Main)]
        [InlineData(SdkShape.Old)]
        public Task Inserts_a_sync_of_the_vnets_peerings_after_the_update(SdkShape shape) =>
            Verify.VerifyAsync(@"
class Deployment
{
    async Task GrowAsync(ResourceGroupResource rg, VirtualNetworkResource spoke)
    {
        var hub = (await rg.GetVirtualNetworkAsync(""hub"")).Value;
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""hub-to-spoke"", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = spoke.Id });
        {|PEER203:hub.Data.AddressPrefixes.Add(""10.2.0.0/16"")|};
        await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, ""hub"", hub.Data);
    }
}
", @"
class Deployment
{
    async Task GrowAsync(ResourceGroupResource rg, VirtualNetworkResource spoke)
    {
        var hub = (await rg.GetVirtualNetworkAsync(""hub"")).Value;
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""hub-to-spoke"", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = spoke.Id });
        hub.Data.AddressPrefixes.Add(""10.2.0.0/16"");
        await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, ""hub"", hub.Data);
        foreach (var peering in hub.GetVirtualNetworkPeerings())
        {
            await peering.UpdateAsync(WaitUntil.Completed, peering.Data, SyncRemoteAddressSpace.True);
        }
    }
}
", shape);

        [Theory]
        [InlineData(SdkShape.Main)]
        [InlineData(SdkShape.Old)]
        public Task Adds_the_sync_argument_to_peering_writes_after_the_change(SdkShape shape) =>
            Verify.VerifyAsync(@"
class Deployment
{
    void Grow(ResourceGroupResource rg, VirtualNetworkResource spoke)
    {
        var hubData = new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { ""10.0.0.0/16"" } };
        var hub = rg.GetVirtualNetworks().CreateOrUpdate(WaitUntil.Completed, ""hub"", hubData).Value;
        {|PEER203:hubData.AddressPrefixes.Add(""10.1.0.0/16"")|};
        rg.GetVirtualNetworks().CreateOrUpdate(WaitUntil.Completed, ""hub"", hubData);
        hub.GetVirtualNetworkPeerings().CreateOrUpdate(WaitUntil.Completed, ""hub-to-spoke"", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = spoke.Id });
    }
}
", @"
class Deployment
{
    void Grow(ResourceGroupResource rg, VirtualNetworkResource spoke)
    {
        var hubData = new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { ""10.0.0.0/16"" } };
        var hub = rg.GetVirtualNetworks().CreateOrUpdate(WaitUntil.Completed, ""hub"", hubData).Value;
        hubData.AddressPrefixes.Add(""10.1.0.0/16"");
        rg.GetVirtualNetworks().CreateOrUpdate(WaitUntil.Completed, ""hub"", hubData);
        hub.GetVirtualNetworkPeerings().CreateOrUpdate(WaitUntil.Completed, ""hub-to-spoke"", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = spoke.Id }, syncRemoteAddressSpace: SyncRemoteAddressSpace.True);
    }
}
", shape);
    }
}
