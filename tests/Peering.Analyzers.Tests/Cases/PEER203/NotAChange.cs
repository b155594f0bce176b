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
    async Task CreateAsync(ResourceGroupResource rg, VirtualNetworkResource spoke, bool grow)
    {
        var data = new VirtualNetworkData { Location = AzureLocation.WestEurope };
        data.AddressPrefixes.Add("10.0.0.0/16");
        data.AddressSpace.AddressPrefixes.Add("10.1.0.0/16");
        var hub = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub", data)).Value;
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-spoke", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = spoke.Id });

        // An edit that may not happen (in a branch) is unknown.
        var other = (await rg.GetVirtualNetworkAsync("other")).Value;
        await other.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "other-to-spoke", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = spoke.Id });
        if (grow)
        {
            other.Data.AddressPrefixes.Add("10.8.0.0/16");
        }

        await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "other", other.Data);

        // Synced through a link back, with the sync value written as a string.
        var third = (await rg.GetVirtualNetworkAsync("third")).Value;
        await third.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "third-to-spoke", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = spoke.Id });
        {|PEER203@2017-10:third.Data.AddressPrefixes.Add("10.7.0.0/16")|};
        await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "third", third.Data);
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-third", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = third.Id }, syncRemoteAddressSpace: "true");

        var lonely = (await rg.GetVirtualNetworkAsync("lonely")).Value;
        lonely.Data.AddressPrefixes.Add("10.9.0.0/16");
        await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "lonely", lonely.Data);
    }
}
