// ignore: PEER303
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

class Deployment
{
    async Task PeerAsync(VirtualNetworkResource hub, VirtualNetworkResource spoke, bool isolate)
    {
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-spoke", new VirtualNetworkPeeringData { {|PEER304:AllowVirtualNetworkAccess = false|}, RemoteVirtualNetworkId = spoke.Id });
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub", new VirtualNetworkPeeringData { AllowVirtualNetworkAccess = true, RemoteVirtualNetworkId = hub.Id });
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub-2", new VirtualNetworkPeeringData { AllowVirtualNetworkAccess = !isolate, RemoteVirtualNetworkId = hub.Id });
    }
}
