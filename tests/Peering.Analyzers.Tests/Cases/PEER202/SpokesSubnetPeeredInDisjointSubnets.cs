using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// Two spokes with the same address space, each joined to the hub by a subnet peering of subnets that do not overlap.
// The 2017-10 profile, which has no subnet peering, compares the complete address spaces.
class Spokes
{
    async Task PeerAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub", new VirtualNetworkData { AddressPrefixes = { "10.0.0.0/16" }, Subnets = { new SubnetData { Name = "shared", AddressPrefix = "10.0.1.0/24" } } })).Value;
        var one = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "one", new VirtualNetworkData { AddressPrefixes = { "10.1.0.0/16" }, Subnets = { new SubnetData { Name = "app", AddressPrefix = "10.1.1.0/24" } } })).Value;
        var two = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "two", new VirtualNetworkData { AddressPrefixes = { "10.1.0.0/16" }, Subnets = { new SubnetData { Name = "web", AddressPrefix = "10.1.2.0/24" }, new SubnetData { Name = "legacy", AddressPrefix = "10.1.1.0/25" } } })).Value;
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-one", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = one.Id, AreCompleteVnetsPeered = false, LocalSubnetNames = { "shared" }, RemoteSubnetNames = { "app" } });
        await one.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "one-to-hub", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = hub.Id, AreCompleteVnetsPeered = false, LocalSubnetNames = { "app" }, RemoteSubnetNames = { "shared" } });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-two", {|PEER202@2017-10:new VirtualNetworkPeeringData { RemoteVirtualNetworkId = two.Id, AreCompleteVnetsPeered = false, LocalSubnetNames = { "shared" }, RemoteSubnetNames = { "web" } }|});
        await two.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "two-to-hub", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = hub.Id, AreCompleteVnetsPeered = false, LocalSubnetNames = { "web" }, RemoteSubnetNames = { "shared" } });
    }
}
