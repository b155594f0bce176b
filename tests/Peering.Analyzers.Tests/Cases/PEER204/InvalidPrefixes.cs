using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

class Deployment
{
    async Task CreateAsync(ResourceGroupResource rg)
    {
        var data = new VirtualNetworkData
        {
            Location = AzureLocation.WestEurope,
            AddressPrefixes = { {|PEER204:"10.0.0.1/16"|}, {|PEER204:"10.1.0.0/33"|}, {|PEER204:"10.2.0.0"|} },
            Subnets = { new SubnetData { Name = "default", AddressPrefix = {|PEER204:"10.0.1.0/240"|} } },
        };
        data.AddressSpace.AddressPrefixes.Add({|PEER204:"2001:db8::1/64"|});
        await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub", data);
    }
}
