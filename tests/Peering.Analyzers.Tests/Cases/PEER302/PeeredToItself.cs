using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

class Deployment
{
    async Task PeerAsync(VirtualNetworkResource hub, ResourceGroupResource rg)
    {
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "loop", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = {|PEER302:hub.Id|} });

        var again = (await rg.GetVirtualNetworkAsync("shared")).Value;
        var same = (await rg.GetVirtualNetworks().GetAsync("shared")).Value;
        await again.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "shared-loop", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = {|PEER302:same.Id|} });
    }
}
