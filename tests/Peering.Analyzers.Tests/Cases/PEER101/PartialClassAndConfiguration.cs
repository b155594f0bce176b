using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// The parts of a partial class are one class: the hub from one part, the peerings from the other.
// A region from configuration stays unknown and reports nothing.
partial class Deployment
{
    private static readonly AzureLocation HubRegion = AzureLocation.WestEurope;

    async Task CreateAsync(ResourceGroupResource rg, AzureLocation configured)
    {
        var networks = rg.GetVirtualNetworks();
        await networks.CreateOrUpdateAsync(WaitUntil.Completed, "hub", new VirtualNetworkData { Location = HubRegion, AddressPrefixes = { "10.0.0.0/16" } });
        await networks.CreateOrUpdateAsync(WaitUntil.Completed, "configured", new VirtualNetworkData { Location = configured, AddressPrefixes = { "10.9.0.0/16" } });
        await networks.CreateOrUpdateAsync(WaitUntil.Completed, "spoke", new VirtualNetworkData { Location = AzureLocation.EastUS, AddressPrefixes = { "10.1.0.0/16" } });
        await networks.CreateOrUpdateAsync(WaitUntil.Completed, "branch", new VirtualNetworkData { Location = AzureLocation.EastUS, AddressPrefixes = { "10.2.0.0/16" } });
    }
}

partial class Deployment
{
    async Task PeerAsync(ResourceGroupResource rg)
    {
        var spoke = (await rg.GetVirtualNetworkAsync("spoke")).Value;
        var branch = (await rg.GetVirtualNetworkAsync("branch")).Value;
        var hub = (await rg.GetVirtualNetworkAsync("hub")).Value;
        var configured = (await rg.GetVirtualNetworkAsync("configured")).Value;
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-spoke", {|PEER503@2017-10:new VirtualNetworkPeeringData { AllowGatewayTransit = true, RemoteVirtualNetworkId = spoke.Id }|});
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub", {|PEER503@2017-10:new VirtualNetworkPeeringData { {|PEER101:UseRemoteGateways = true|}, RemoteVirtualNetworkId = hub.Id }|});
        await configured.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "configured-to-branch", new VirtualNetworkPeeringData { AllowGatewayTransit = true, RemoteVirtualNetworkId = branch.Id });
        await branch.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "branch-to-configured", new VirtualNetworkPeeringData { UseRemoteGateways = true, RemoteVirtualNetworkId = configured.Id });
    }
}
