using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

class Deployment
{
    async Task<bool> IsConnectedAsync(VirtualNetworkResource hub)
    {
        var peering = (await hub.GetVirtualNetworkPeerings().GetAsync("hub-to-spoke")).Value;
        return peering.Data.PeeringState == VirtualNetworkPeeringState.Connected;
    }

    // The model factory exists to build read-only state for mocks.
    static VirtualNetworkPeeringData Mock() => ArmNetworkModelFactory.VirtualNetworkPeeringData(name: "mock", peeringState: VirtualNetworkPeeringState.Connected, areCompleteVnetsPeered: true);
}
