using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

class Deployment
{
    async Task PeerAsync(VirtualNetworkResource hub)
    {
        var data = {|PEER401:new VirtualNetworkPeeringData { AllowVirtualNetworkAccess = true }|};
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-nowhere", data);

        var cleared = new VirtualNetworkPeeringData();
        cleared.RemoteVirtualNetworkId = {|PEER401:null|};
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-null", cleared);
    }
}
