using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// The data of a VNet that exists, resized and written back, then every peering of the spoke written again with a sync:
// fine today, forbidden while peered under 2017-10.
class Growth
{
    async Task GrowAndSyncAsync(ResourceGroupResource rg, VirtualNetworkResource spoke)
    {
        var hub = (await rg.GetVirtualNetworkAsync("hub")).Value;
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = hub.Id });
        var data = hub.Data;
        {|PEER203@2017-10:data.AddressPrefixes.Add("10.3.0.0/16")|};
        await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub", data);
        foreach (var peering in spoke.GetVirtualNetworkPeerings())
        {
            await peering.UpdateAsync(WaitUntil.Completed, peering.Data, SyncRemoteAddressSpace.True);
        }
    }
}
