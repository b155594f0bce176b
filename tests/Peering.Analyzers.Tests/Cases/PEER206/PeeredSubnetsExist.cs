using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// Every peered subnet exists (names compare without case, as Azure's do).
class SubnetPeering
{
    async Task PeerAsync(ResourceGroupResource rg)
    {
        var a = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "a", new VirtualNetworkData { AddressPrefixes = { "10.0.0.0/16" }, Subnets = { new SubnetData { Name = "app", AddressPrefix = "10.0.1.0/24" } } })).Value;
        var b = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "b", new VirtualNetworkData { AddressPrefixes = { "10.1.0.0/16" }, Subnets = { new SubnetData { Name = "db", AddressPrefix = "10.1.1.0/24" } } })).Value;
        await a.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "a-to-b", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = b.Id, AreCompleteVnetsPeered = false, LocalSubnetNames = { "App" }, RemoteSubnetNames = { "db" } });
        await b.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "b-to-a", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = a.Id, AreCompleteVnetsPeered = false, LocalSubnetNames = { "db" }, RemoteSubnetNames = { "App" } });
    }
}
