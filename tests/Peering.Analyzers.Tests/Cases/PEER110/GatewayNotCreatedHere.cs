using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// The hub, its gateway and its peering back exist (fetched), or another method creates them: what orders the methods
// is not in this code, so nothing is reported.
class SpokeOnly
{
    async Task PeerToExistingHubAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworkAsync("hub")).Value;
        var spoke = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "spoke", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.1.0.0/16" } })).Value;
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub", new VirtualNetworkPeeringData { UseRemoteGateways = true, RemoteVirtualNetworkId = hub.Id });
    }

    async Task CreateHubAsync(ResourceGroupResource rg, VirtualNetworkResource spoke)
    {
        var hub = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub2", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.2.0.0/16" } })).Value;
        var subnet = SubnetResource.CreateResourceIdentifier("00000000-0000-0000-0000-000000000000", "network-rg", "hub2", "GatewaySubnet");
        await rg.GetVirtualNetworkGateways().CreateOrUpdateAsync(WaitUntil.Completed, "hub2-vpn", new VirtualNetworkGatewayData { IPConfigurations = { new VirtualNetworkGatewayIPConfiguration { SubnetId = subnet } } });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub2-to-spoke2", new VirtualNetworkPeeringData { AllowGatewayTransit = true, RemoteVirtualNetworkId = spoke.Id });
    }

    async Task PeerSpokeAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworkAsync("hub2")).Value;
        var spoke = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "spoke2", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.3.0.0/16" } })).Value;
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke2-to-hub2", new VirtualNetworkPeeringData { UseRemoteGateways = true, RemoteVirtualNetworkId = hub.Id });
    }
}
