using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// The parts of a partial class are one class: the hub from one part, the peering from the other.
// Regions from configuration stay unknown and report nothing.
partial class Deployment
{
    private static readonly AzureLocation HubRegion = AzureLocation.WestEurope;

    async Task CreateHubAsync(ResourceGroupResource rg, AzureLocation configured)
    {
        await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub", new VirtualNetworkData { Location = HubRegion });
        await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "configured", new VirtualNetworkData { Location = configured });
        await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "spoke", new VirtualNetworkData { Location = AzureLocation.EastUS });
    }
}

partial class Deployment
{
    async Task PeerAsync(ResourceGroupResource rg)
    {
        var spoke = (await rg.GetVirtualNetworkAsync("spoke")).Value;
        var hub = (await rg.GetVirtualNetworkAsync("hub")).Value;
        var configured = (await rg.GetVirtualNetworkAsync("configured")).Value;
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub", new VirtualNetworkPeeringData { {|PEER101:UseRemoteGateways = true|}, RemoteVirtualNetworkId = hub.Id });
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-configured", new VirtualNetworkPeeringData { UseRemoteGateways = true, RemoteVirtualNetworkId = configured.Id });
    }
}
