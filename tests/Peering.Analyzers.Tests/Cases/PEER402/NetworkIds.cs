using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

class Deployment
{
    async Task PeerAsync(VirtualNetworkResource hub, string subscriptionId, string spokeId)
    {
        var peerings = hub.GetVirtualNetworkPeerings();
        await peerings.CreateOrUpdateAsync(WaitUntil.Completed, "a", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = VirtualNetworkResource.CreateResourceIdentifier(subscriptionId, "rg", "spoke") });
        await peerings.CreateOrUpdateAsync(WaitUntil.Completed, "b", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = new ResourceIdentifier("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/spoke") });
        await peerings.CreateOrUpdateAsync(WaitUntil.Completed, "c", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = new ResourceIdentifier(spokeId) });
        await peerings.CreateOrUpdateAsync(WaitUntil.Completed, "d", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = new ResourceIdentifier($"/subscriptions/{subscriptionId}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/spoke") });
        await peerings.CreateOrUpdateAsync(WaitUntil.Completed, "e", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = ResourceIdentifier.Parse("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ClassicNetwork/virtualNetworks/legacy") });
    }
}
