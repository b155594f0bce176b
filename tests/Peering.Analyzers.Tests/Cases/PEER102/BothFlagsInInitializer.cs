using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

class Deployment
{
    async Task PeerAsync(VirtualNetworkResource hub, VirtualNetworkResource spoke)
    {
        var data = new VirtualNetworkPeeringData
        {
            AllowVirtualNetworkAccess = true,
            AllowGatewayTransit = true,
            {|PEER102:UseRemoteGateways = true|},
            RemoteVirtualNetworkId = spoke.Id,
        };
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-spoke", data);
    }
}
