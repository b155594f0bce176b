using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// VNet a's subnets are created one by one (another deployment may add 'cache'), and the remote subnet comes from a
// parameter: neither is decided.
class SubnetPeering
{
    async Task PeerAsync(ResourceGroupResource rg, string remoteSubnet)
    {
        var a = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "a", new VirtualNetworkData { AddressPrefixes = { "10.0.0.0/16" } })).Value;
        var b = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "b", new VirtualNetworkData { AddressPrefixes = { "10.1.0.0/16" }, Subnets = { new SubnetData { Name = "db", AddressPrefix = "10.1.1.0/24" } } })).Value;
        await a.GetSubnets().CreateOrUpdateAsync(WaitUntil.Completed, "app", new SubnetData { AddressPrefix = "10.0.1.0/24" });
        await a.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "a-to-b", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = b.Id, AreCompleteVnetsPeered = false, LocalSubnetNames = { "app", "cache" }, RemoteSubnetNames = { remoteSubnet } });
        await b.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "b-to-a", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = a.Id, AreCompleteVnetsPeered = false, LocalSubnetNames = { remoteSubnet }, RemoteSubnetNames = { "app", "cache" } });
    }
}
