using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// Both VNets are created here: a peering without its peering back is known one-sided; a pair with both sides is fine.
class Links
{
    async Task PeerAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.0.0.0/16" } })).Value;
        var spoke = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "spoke", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.1.0.0/16" } })).Value;
        var other = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "other", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.2.0.0/16" } })).Value;
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-spoke", {|PEER301:new VirtualNetworkPeeringData { RemoteVirtualNetworkId = spoke.Id }|});
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-other", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = other.Id });
        await other.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "other-to-hub", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = hub.Id });
    }
}
