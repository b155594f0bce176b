using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Resources;

namespace HubAndSpoke
{
    internal static class Network
    {
        public static async Task<VirtualNetworkResource> CreateHubAsync(ResourceGroupResource rg)
        {
            var data = new VirtualNetworkData
            {
                Location = AzureLocation.WestEurope,
                AddressPrefixes = { "10.0.0.0/16" },
                Subnets =
                {
                    new SubnetData { Name = "GatewaySubnet", AddressPrefix = "10.0.255.0/27" },
                    new SubnetData { Name = "firewall", AddressPrefix = "10.0.1.0/26" },
                    new SubnetData { Name = "shared", AddressPrefix = "10.0.2.1/24" }, // expect: PEER204
                },
            };
            return (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, NetworkNames.Hub, data)).Value;
        }

        /// <summary>The region and prefix come from the caller: the analysis follows each call with its values.</summary>
        public static async Task<VirtualNetworkResource> CreateSpokeAsync(ResourceGroupResource rg, string name, AzureLocation region, string prefix)
        {
            var data = new VirtualNetworkData { Location = region, AddressPrefixes = { prefix } };
            return (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, name, data)).Value;
        }
    }
}
