using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// Whether the gateway is complete when the spoke's peering is written is not known here: the WaitUntil comes from a
// parameter, the task is handed to code the analysis does not see, the write is retried when it fails.
class HubAndSpoke
{
    async Task WaitFromParameterAsync(ResourceGroupResource rg, WaitUntil wait)
    {
        var hub = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.0.0.0/16" } })).Value;
        var spoke = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "spoke", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.1.0.0/16" } })).Value;
        var subnet = SubnetResource.CreateResourceIdentifier("00000000-0000-0000-0000-000000000000", "network-rg", "hub", "GatewaySubnet");
        await rg.GetVirtualNetworkGateways().CreateOrUpdateAsync(wait, "hub-vpn", new VirtualNetworkGatewayData { IPConfigurations = { new VirtualNetworkGatewayIPConfiguration { SubnetId = subnet } } });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-spoke", new VirtualNetworkPeeringData { AllowGatewayTransit = true, RemoteVirtualNetworkId = spoke.Id });
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub", new VirtualNetworkPeeringData { UseRemoteGateways = true, RemoteVirtualNetworkId = hub.Id });
    }

    async Task HandedOnAsync(ResourceGroupResource rg, Deployments deployments)
    {
        var hub = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub2", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.2.0.0/16" } })).Value;
        var spoke = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "spoke2", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.3.0.0/16" } })).Value;
        var subnet = SubnetResource.CreateResourceIdentifier("00000000-0000-0000-0000-000000000000", "network-rg", "hub2", "GatewaySubnet");
        deployments.Track(rg.GetVirtualNetworkGateways().CreateOrUpdateAsync(WaitUntil.Completed, "hub2-vpn", new VirtualNetworkGatewayData { IPConfigurations = { new VirtualNetworkGatewayIPConfiguration { SubnetId = subnet } } }));
        await deployments.AllDoneAsync();
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub2-to-spoke2", new VirtualNetworkPeeringData { AllowGatewayTransit = true, RemoteVirtualNetworkId = spoke.Id });
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke2-to-hub2", new VirtualNetworkPeeringData { UseRemoteGateways = true, RemoteVirtualNetworkId = hub.Id });
    }

    async Task RetriedAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub3", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.4.0.0/16" } })).Value;
        var spoke = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "spoke3", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.5.0.0/16" } })).Value;
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub3-to-spoke3", new VirtualNetworkPeeringData { AllowGatewayTransit = true, RemoteVirtualNetworkId = spoke.Id });
        var subnet = SubnetResource.CreateResourceIdentifier("00000000-0000-0000-0000-000000000000", "network-rg", "hub3", "GatewaySubnet");
        _ = rg.GetVirtualNetworkGateways().CreateOrUpdateAsync(WaitUntil.Completed, "hub3-vpn", new VirtualNetworkGatewayData { IPConfigurations = { new VirtualNetworkGatewayIPConfiguration { SubnetId = subnet } } });
        for (var attempt = 0; attempt < 60; attempt++)
        {
            try
            {
                await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke3-to-hub3", new VirtualNetworkPeeringData { UseRemoteGateways = true, RemoteVirtualNetworkId = hub.Id });
                break;
            }
            catch (RequestFailedException)
            {
                await Task.Delay(60_000);
            }
        }
    }
}

interface Deployments
{
    void Track(Task started);

    Task AllDoneAsync();
}
