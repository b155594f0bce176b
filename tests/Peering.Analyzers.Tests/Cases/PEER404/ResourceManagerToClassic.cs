using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

class Deployment
{
    async Task PeerAsync(ArmClient client)
    {
        var modern = client.GetVirtualNetworkResource(VirtualNetworkResource.CreateResourceIdentifier("00000000-0000-0000-0000-000000000000", "net", "hub"));
        await modern.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-legacy", new VirtualNetworkPeeringData
        {
            RemoteVirtualNetworkId = new ResourceIdentifier("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/old/providers/Microsoft.ClassicNetwork/virtualNetworks/legacy-b"),
        });
    }
}
