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
    async Task PeerAsync(VirtualNetworkResource spoke, VirtualNetworkResource hub, bool skip)
    {
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub", new VirtualNetworkPeeringData
        {
            UseRemoteGateways = true,
            {|PEER109:DoNotVerifyRemoteGateways = true|},
            RemoteVirtualNetworkId = hub.Id,
        });
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub-2", new VirtualNetworkPeeringData { DoNotVerifyRemoteGateways = false, RemoteVirtualNetworkId = hub.Id });
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub-3", new VirtualNetworkPeeringData { DoNotVerifyRemoteGateways = skip, RemoteVirtualNetworkId = hub.Id });
    }
}
