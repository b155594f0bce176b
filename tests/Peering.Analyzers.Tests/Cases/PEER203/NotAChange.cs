using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

class Deployment
{
    // Building a VNet's address space before it is created, or resizing a VNet with no peering in sight, reports nothing.
    async Task CreateAsync(ResourceGroupResource rg, VirtualNetworkResource spoke)
    {
        var data = new VirtualNetworkData { Location = AzureLocation.WestEurope };
        data.AddressPrefixes.Add("10.0.0.0/16");
        data.AddressSpace.AddressPrefixes.Add("10.1.0.0/16");
        var hub = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub", data)).Value;
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-spoke", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = spoke.Id });

        var lonely = (await rg.GetVirtualNetworkAsync("lonely")).Value;
        lonely.Data.AddressPrefixes.Add("10.9.0.0/16");
        await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "lonely", lonely.Data);
    }
}
