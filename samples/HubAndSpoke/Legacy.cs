using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager.Network;

namespace HubAndSpoke
{
    internal static class Legacy
    {
        public static async Task PeerSharedServicesAsync(VirtualNetworkResource spoke)
        {
            // A subnet id where the VNet id belongs.
            await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-shared", new VirtualNetworkPeeringData
            {
                RemoteVirtualNetworkId = new ResourceIdentifier("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/shared-rg/providers/Microsoft.Network/virtualNetworks/shared/subnets/default"), // expect: PEER402
            });
        }
    }
}
