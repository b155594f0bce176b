using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// Two spokes of one hub with the same address space; a third spoke that does not overlap.
class Spokes
{
    async Task PeerAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.0.0.0/16" } })).Value;
        var one = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "one", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.1.0.0/16" } })).Value;
        var two = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "two", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.1.0.0/16" } })).Value;
        var three = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "three", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.3.0.0/16" } })).Value;
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-one", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = one.Id });
        await one.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "one-to-hub", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = hub.Id });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-two", {|PEER202:new VirtualNetworkPeeringData { RemoteVirtualNetworkId = two.Id }|});
        await two.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "two-to-hub", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = hub.Id });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-three", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = three.Id });
        await three.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "three-to-hub", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = hub.Id });
    }
}
