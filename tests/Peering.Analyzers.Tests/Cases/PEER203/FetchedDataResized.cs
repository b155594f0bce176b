using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// The data of a VNet that exists, held in a local, resized and written back, while a peering points at it.
class Growth
{
    async Task GrowAsync(ResourceGroupResource rg, VirtualNetworkResource spoke)
    {
        var hub = (await rg.GetVirtualNetworkAsync("hub")).Value;
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = hub.Id });
        var data = hub.Data;
        {|PEER203:data.AddressPrefixes.Add("10.2.0.0/16")|};
        await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub", data);
    }
}
