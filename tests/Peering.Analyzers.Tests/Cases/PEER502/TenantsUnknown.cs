using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// A peering to a VNet of another subscription: the C# code never states the tenants of the two VNets, so the
// analysis cannot tell a cross-tenant peering, and stays silent.
class Links
{
    async Task PeerAsync(VirtualNetworkResource hub)
    {
        var remote = VirtualNetworkResource.CreateResourceIdentifier("11111111-1111-1111-1111-111111111111", "partner-rg", "partner");
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-partner", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = remote });
    }
}
