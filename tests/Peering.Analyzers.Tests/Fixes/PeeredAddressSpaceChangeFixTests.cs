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
        public Task Inserts_a_sync_of_the_links_that_point_at_the_vnet_after_the_update(SdkShape shape) =>
            Verify.VerifyAsync(@"
class Deployment
{
    async Task GrowAsync(ArmClient client, ResourceGroupResource rg, VirtualNetworkResource spoke)
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
    async Task GrowAsync(ArmClient client, ResourceGroupResource rg, VirtualNetworkResource spoke)
    {
        var hub = (await rg.GetVirtualNetworkAsync(""hub"")).Value;
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, ""hub-to-spoke"", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = spoke.Id });
        hub.Data.AddressPrefixes.Add(""10.2.0.0/16"");
        await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, ""hub"", hub.Data);
        foreach (var peering in hub.GetVirtualNetworkPeerings())
        {
            var remote = client.GetVirtualNetworkResource(peering.Data.RemoteVirtualNetworkId);
            foreach (var link in remote.GetVirtualNetworkPeerings())
            {
                if (link.Data.RemoteVirtualNetworkId == hub.Id)
                {
                    await link.UpdateAsync(WaitUntil.Completed, link.Data, SyncRemoteAddressSpace.True);
                }
            }
        }
    }
}
", shape);

        [Theory]
        [InlineData(SdkShape.Main)]
        [InlineData(SdkShape.Old)]
        public Task Adds_the_sync_argument_to_writes_of_the_link_back_after_the_change(SdkShape shape) =>
            Verify.VerifyAsync(@"
class Deployment
{
    void Grow(ResourceGroupResource rg, VirtualNetworkResource spoke)
    {
        var hubData = new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { ""10.0.0.0/16"" } };
        var hub = rg.GetVirtualNetworks().CreateOrUpdate(WaitUntil.Completed, ""hub"", hubData).Value;
        {|PEER203:hubData.AddressPrefixes.Add(""10.1.0.0/16"")|};
        rg.GetVirtualNetworks().CreateOrUpdate(WaitUntil.Completed, ""hub"", hubData);
        spoke.GetVirtualNetworkPeerings().CreateOrUpdate(WaitUntil.Completed, ""spoke-to-hub"", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = hub.Id });
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
        spoke.GetVirtualNetworkPeerings().CreateOrUpdate(WaitUntil.Completed, ""spoke-to-hub"", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = hub.Id }, syncRemoteAddressSpace: SyncRemoteAddressSpace.True);
    }
}
", shape);
    }
}
