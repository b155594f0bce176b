// ignore: PEER106
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

class Deployment
{
    async Task PeerAsync(VirtualNetworkResource spoke, string legacyId)
    {
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub", new VirtualNetworkPeeringData
        {
            UseRemoteGateways = true,
            RemoteVirtualNetworkId = VirtualNetworkResource.CreateResourceIdentifier("00000000-0000-0000-0000-000000000000", "net-rg", "hub"),
        });
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-legacy", new VirtualNetworkPeeringData
        {
            UseRemoteGateways = true,
            RemoteVirtualNetworkId = new ResourceIdentifier(legacyId),
        });
    }
}
