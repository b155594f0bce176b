// ignore: PEER301
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

class Deployment
{
    async Task GrowAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.0.0.0/16" } })).Value;
        var spoke = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "spoke", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.1.0.0/16" } })).Value;
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-spoke", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = spoke.Id });

        {|PEER203@2017-10:hub.Data.AddressPrefixes.Add("10.2.0.0/16")|};
        await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub", hub.Data);
        foreach (var peering in hub.GetVirtualNetworkPeerings())
        {
            await peering.UpdateAsync(WaitUntil.Completed, peering.Data, SyncRemoteAddressSpace.True);
        }
    }
}
