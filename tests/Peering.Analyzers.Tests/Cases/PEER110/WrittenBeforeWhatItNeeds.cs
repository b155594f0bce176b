using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// Azure checks the hub's gateway and its peering back when it writes a peering that uses the gateway: here the spoke's
// peering is written before both, or while they are still being written.
class HubAndSpoke
{
    private static readonly ResourceIdentifier GatewaySubnet = SubnetResource.CreateResourceIdentifier("00000000-0000-0000-0000-000000000000", "network-rg", "hub", "GatewaySubnet");

    async Task BeforeBothAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.0.0.0/16" } })).Value;
        var spoke = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "spoke", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.1.0.0/16" } })).Value;
        await {|PEER110:spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub", new VirtualNetworkPeeringData { UseRemoteGateways = true, RemoteVirtualNetworkId = hub.Id })|};
        await rg.GetVirtualNetworkGateways().CreateOrUpdateAsync(WaitUntil.Completed, "hub-vpn", new VirtualNetworkGatewayData { IPConfigurations = { new VirtualNetworkGatewayIPConfiguration { SubnetId = GatewaySubnet } } });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-spoke", new VirtualNetworkPeeringData { AllowGatewayTransit = true, RemoteVirtualNetworkId = spoke.Id });
    }

    // The gateway is started and never waited for; the two peerings are written at once.
    async Task NotWaitedForAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub2", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.2.0.0/16" } })).Value;
        var spoke = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "spoke2", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.3.0.0/16" } })).Value;
        var subnet = SubnetResource.CreateResourceIdentifier("00000000-0000-0000-0000-000000000000", "network-rg", "hub2", "GatewaySubnet");
        _ = rg.GetVirtualNetworkGateways().CreateOrUpdateAsync(WaitUntil.Completed, "hub2-vpn", new VirtualNetworkGatewayData { IPConfigurations = { new VirtualNetworkGatewayIPConfiguration { SubnetId = subnet } } });
        var back = hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub2-to-spoke2", new VirtualNetworkPeeringData { AllowGatewayTransit = true, RemoteVirtualNetworkId = spoke.Id });
        var there = {|PEER110:spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke2-to-hub2", new VirtualNetworkPeeringData { UseRemoteGateways = true, RemoteVirtualNetworkId = hub.Id })|};
        await Task.WhenAll(back, there);
    }

    // WaitUntil.Started returns once Azure accepts the gateway, long before it exists.
    void Started(ResourceGroupResource rg, VirtualNetworkResource hub, VirtualNetworkResource spoke)
    {
        var subnet = SubnetResource.CreateResourceIdentifier("00000000-0000-0000-0000-000000000000", "network-rg", "hub3", "GatewaySubnet");
        hub = rg.GetVirtualNetworks().CreateOrUpdate(WaitUntil.Completed, "hub3", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.4.0.0/16" } }).Value;
        spoke = rg.GetVirtualNetworks().CreateOrUpdate(WaitUntil.Completed, "spoke3", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.5.0.0/16" } }).Value;
        rg.GetVirtualNetworkGateways().CreateOrUpdate(WaitUntil.Started, "hub3-vpn", new VirtualNetworkGatewayData { IPConfigurations = { new VirtualNetworkGatewayIPConfiguration { SubnetId = subnet } } });
        hub.GetVirtualNetworkPeerings().CreateOrUpdate(WaitUntil.Completed, "hub3-to-spoke3", new VirtualNetworkPeeringData { AllowGatewayTransit = true, RemoteVirtualNetworkId = spoke.Id });
        {|PEER110:spoke.GetVirtualNetworkPeerings().CreateOrUpdate(WaitUntil.Completed, "spoke3-to-hub3", new VirtualNetworkPeeringData { UseRemoteGateways = true, RemoteVirtualNetworkId = hub.Id })|};
    }
}
