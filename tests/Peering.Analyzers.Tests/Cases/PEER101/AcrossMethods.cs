using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// The hub is created in one class, the spoke by a helper, the spoke's peering in a third method and the peering back
// in a fourth class: the cross-region gateway use is reported once, at compilation end, and nothing else.
static class Hub
{
    public static async Task<VirtualNetworkResource> CreateAsync(ResourceGroupResource rg) =>
        (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.0.0.0/16" } })).Value;

    public static async Task PeerBackAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworkAsync("hub")).Value;
        var spoke = (await rg.GetVirtualNetworkAsync("spoke")).Value;
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-spoke", {|PEER503@2017-10:new VirtualNetworkPeeringData { AllowGatewayTransit = true, RemoteVirtualNetworkId = spoke.Id }|});
    }
}

class Deployment
{
    static VirtualNetworkData Spoke(AzureLocation region, string prefix) =>
        new VirtualNetworkData { Location = region, AddressPrefixes = { prefix } };

    async Task CreateSpokeAsync(ResourceGroupResource rg)
    {
        await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "spoke", Spoke(AzureLocation.EastUS, "10.1.0.0/16"));
    }

    async Task PeerAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworkAsync("hub")).Value;
        var spoke = (await rg.GetVirtualNetworkAsync("spoke")).Value;
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub", {|PEER503@2017-10:new VirtualNetworkPeeringData { {|PEER101:UseRemoteGateways = true|}, RemoteVirtualNetworkId = hub.Id }|});
    }
}
