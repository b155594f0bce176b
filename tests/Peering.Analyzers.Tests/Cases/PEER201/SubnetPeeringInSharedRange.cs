using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// subnet1 lies in 10.1.0.0/16, which VNet c has too: Azure rejects the subnet peering with VnetAddressSpacesOverlap.
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
            Subnets = { new SubnetData { Name = "subnet5", AddressPrefix = "10.6.1.0/24" } },
        })).Value;

        await a.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "a-to-c", {|PEER201:new VirtualNetworkPeeringData
        {
            RemoteVirtualNetworkId = c.Id,
            AreCompleteVnetsPeered = false,
            LocalSubnetNames = { "subnet1", "subnet4" },
            RemoteSubnetNames = { "subnet5" },
        }|});
        await c.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "c-to-a", new VirtualNetworkPeeringData
        {
            RemoteVirtualNetworkId = a.Id,
            AreCompleteVnetsPeered = false,
            LocalSubnetNames = { "subnet5" },
            RemoteSubnetNames = { "subnet1", "subnet4" },
        });
    }
}
