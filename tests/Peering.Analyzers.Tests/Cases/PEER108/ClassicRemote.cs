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
    const string Legacy = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/legacy-rg/providers/Microsoft.ClassicNetwork/virtualNetworks/legacy";

    async Task PeerAsync(VirtualNetworkResource hub)
    {
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-legacy", new VirtualNetworkPeeringData
        {
            {|PEER108:UseRemoteGateways = true|},
            RemoteVirtualNetworkId = new ResourceIdentifier(Legacy),
        });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-offers-legacy", new VirtualNetworkPeeringData
        {
            {|PEER108@2017-10:AllowGatewayTransit = true|},
            RemoteVirtualNetworkId = new ResourceIdentifier(Legacy),
        });
    }
}
