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
        var legacy = client.GetVirtualNetworkResource(new ResourceIdentifier("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/old/providers/Microsoft.ClassicNetwork/virtualNetworks/legacy-a"));
        await legacy.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "a-to-b", new VirtualNetworkPeeringData
        {
            RemoteVirtualNetworkId = {|PEER404:new ResourceIdentifier("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/old/providers/Microsoft.ClassicNetwork/virtualNetworks/legacy-b")|},
        });
    }
}
