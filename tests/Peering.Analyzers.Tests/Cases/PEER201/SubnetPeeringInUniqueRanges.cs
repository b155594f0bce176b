using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// VNets a and c share 10.1.0.0/16 (the subnet-peering how-to's picture); their subnet peering joins subnet4 and subnet5,
// which lie in ranges only their own VNet has, so Azure accepts it. The 2017-10 profile has no subnet peering.
class SubnetPeering
{
    async Task PeerAsync(ResourceGroupResource rg)
    {
        var a = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "a", new VirtualNetworkData
        {
            Location = AzureLocation.WestEurope,
            AddressPrefixes = { "10.1.0.0/16", "10.0.0.0/16" },
            Subnets =
            {
                new SubnetData { Name = "subnet1", AddressPrefix = "10.1.1.0/24" },
                new SubnetData { Name = "subnet4", AddressPrefix = "10.0.1.0/24" },
            },
        })).Value;
        var c = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "c", new VirtualNetworkData
        {
            Location = AzureLocation.WestEurope,
            AddressPrefixes = { "10.1.0.0/16", "10.6.0.0/16" },
            Subnets = { new SubnetData { Name = "subnet5", AddressPrefixes = { "10.6.1.0/24" } } },
        })).Value;

        await a.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "a-to-c", {|PEER201@2017-10:new VirtualNetworkPeeringData
        {
            RemoteVirtualNetworkId = c.Id,
            AreCompleteVnetsPeered = false,
            LocalSubnetNames = { "subnet4" },
            RemoteSubnetNames = { "subnet5" },
        }|});
        var back = new VirtualNetworkPeeringData { RemoteVirtualNetworkId = a.Id, AreCompleteVnetsPeered = false };
        back.LocalSubnetNames.Add("subnet5");
        back.RemoteSubnetNames.Add("subnet4");
        await c.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "c-to-a", back);
    }
}
