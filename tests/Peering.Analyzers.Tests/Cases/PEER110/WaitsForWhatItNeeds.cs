using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// The gateway and the hub's peering back are complete before the spoke's peering is written: awaited in order, a task
// awaited later, a synchronous call that waits.
class HubAndSpoke
{
    async Task InOrderAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.0.0.0/16" } })).Value;
        var spoke = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "spoke", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.1.0.0/16" } })).Value;
        var subnet = SubnetResource.CreateResourceIdentifier("00000000-0000-0000-0000-000000000000", "network-rg", "hub", "GatewaySubnet");
        var gateway = rg.GetVirtualNetworkGateways().CreateOrUpdateAsync(WaitUntil.Completed, "hub-vpn", new VirtualNetworkGatewayData { IPConfigurations = { new VirtualNetworkGatewayIPConfiguration { SubnetId = subnet } } });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-spoke", new VirtualNetworkPeeringData { AllowGatewayTransit = true, RemoteVirtualNetworkId = spoke.Id }).ConfigureAwait(false);
        await gateway;
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub", new VirtualNetworkPeeringData { UseRemoteGateways = true, RemoteVirtualNetworkId = hub.Id });
    }

    void Synchronously(ResourceGroupResource rg)
    {
        var hub = rg.GetVirtualNetworks().CreateOrUpdate(WaitUntil.Completed, "hub2", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.2.0.0/16" } }).Value;
        var spoke = rg.GetVirtualNetworks().CreateOrUpdate(WaitUntil.Completed, "spoke2", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.3.0.0/16" } }).Value;
        var subnet = SubnetResource.CreateResourceIdentifier("00000000-0000-0000-0000-000000000000", "network-rg", "hub2", "GatewaySubnet");
        rg.GetVirtualNetworkGateways().CreateOrUpdate(WaitUntil.Completed, "hub2-vpn", new VirtualNetworkGatewayData { IPConfigurations = { new VirtualNetworkGatewayIPConfiguration { SubnetId = subnet } } });
        hub.GetVirtualNetworkPeerings().CreateOrUpdate(WaitUntil.Completed, "hub2-to-spoke2", new VirtualNetworkPeeringData { AllowGatewayTransit = true, RemoteVirtualNetworkId = spoke.Id });
        spoke.GetVirtualNetworkPeerings().CreateOrUpdate(WaitUntil.Completed, "spoke2-to-hub2", new VirtualNetworkPeeringData { UseRemoteGateways = true, RemoteVirtualNetworkId = hub.Id });
    }
}
