using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

class Deployment
{
    async Task PeerAsync(VirtualNetworkResource hub, VirtualNetworkResource spoke, ResourceGroupResource rg, ResourceGroupResource other)
    {
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-spoke", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = spoke.Id });

        // Same name, different resource groups: different VNets.
        var a = (await rg.GetVirtualNetworkAsync("shared")).Value;
        var b = (await other.GetVirtualNetworkAsync("shared")).Value;
        await a.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "a-to-b", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = b.Id });
    }
}
