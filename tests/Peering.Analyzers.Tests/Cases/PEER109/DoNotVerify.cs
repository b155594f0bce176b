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
    async Task PeerAsync(VirtualNetworkResource spoke, VirtualNetworkResource hub, bool skip, bool useHubGateway)
    {
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub", new VirtualNetworkPeeringData
        {
            UseRemoteGateways = true,
            {|PEER109:DoNotVerifyRemoteGateways = true|},
            RemoteVirtualNetworkId = hub.Id,
        });
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub-2", new VirtualNetworkPeeringData { DoNotVerifyRemoteGateways = false, RemoteVirtualNetworkId = hub.Id });
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub-3", new VirtualNetworkPeeringData { DoNotVerifyRemoteGateways = skip, RemoteVirtualNetworkId = hub.Id });
        // Without UseRemoteGateways (false, not set, or unknown) there is no gateway check to skip.
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub-4", new VirtualNetworkPeeringData { UseRemoteGateways = false, DoNotVerifyRemoteGateways = true, RemoteVirtualNetworkId = hub.Id });
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub-5", new VirtualNetworkPeeringData { DoNotVerifyRemoteGateways = true, RemoteVirtualNetworkId = hub.Id });
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub-6", new VirtualNetworkPeeringData { UseRemoteGateways = useHubGateway, DoNotVerifyRemoteGateways = true, RemoteVirtualNetworkId = hub.Id });
    }
}
