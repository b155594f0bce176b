using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

class Deployment
{
    async Task CreateAsync(ResourceGroupResource rg, string configuredPrefix)
    {
        var data = new VirtualNetworkData
        {
            Location = AzureLocation.WestEurope,
            AddressPrefixes = { "10.0.0.0/16", "fd00:db8:1::/48", configuredPrefix },
            Subnets = { new SubnetData { Name = "default", AddressPrefix = "10.0.1.0/24" } },
        };
        await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub", data);
    }
}
