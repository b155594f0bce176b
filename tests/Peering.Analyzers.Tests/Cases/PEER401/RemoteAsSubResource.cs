// shape: Main
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

using Azure.ResourceManager.Resources.Models;

class Deployment
{
    async Task PeerAsync(VirtualNetworkResource hub, VirtualNetworkResource spoke)
    {
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-spoke", new VirtualNetworkPeeringData
        {
            RemoteVirtualNetwork = new WritableSubResource { Id = spoke.Id },
        });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-hub", new VirtualNetworkPeeringData
        {
            RemoteVirtualNetwork = {|PEER302:new WritableSubResource { Id = hub.Id }|},
        });
    }
}
