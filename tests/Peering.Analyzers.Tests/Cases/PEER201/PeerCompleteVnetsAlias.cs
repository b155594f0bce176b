// shape: Main
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// From 1.16 the SDK also has PeerCompleteVnets, an obsolete alias of AreCompleteVnetsPeered: it sets the same wire flag.
class SubnetPeering
{
    async Task PeerAsync(ResourceGroupResource rg)
    {
        var a = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "a", new VirtualNetworkData
        {
            AddressPrefixes = { "10.1.0.0/16", "10.0.0.0/16" },
            Subnets = { new SubnetData { Name = "subnet1", AddressPrefix = "10.1.1.0/24" }, new SubnetData { Name = "subnet4", AddressPrefix = "10.0.1.0/24" } },
        })).Value;
        var c = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "c", new VirtualNetworkData
        {
            AddressPrefixes = { "10.1.0.0/16", "10.6.0.0/16" },
            Subnets = { new SubnetData { Name = "subnet5", AddressPrefix = "10.6.1.0/24" } },
        })).Value;

#pragma warning disable CS0618 // The case is about the obsolete alias.
        await a.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "a-to-c", {|PEER201@2017-10:new VirtualNetworkPeeringData
        {
            RemoteVirtualNetworkId = c.Id,
            PeerCompleteVnets = false,
            LocalSubnetNames = { "subnet4" },
            RemoteSubnetNames = { "subnet5" },
        }|});
        await c.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "c-to-a", new VirtualNetworkPeeringData
        {
            RemoteVirtualNetworkId = a.Id,
            PeerCompleteVnets = false,
            LocalSubnetNames = { "subnet5" },
            RemoteSubnetNames = { "subnet4" },
        });
#pragma warning restore CS0618
    }
}
