using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

namespace HubAndSpoke
{
    internal static class Gateways
    {
        /// <summary>The hub's VPN gateway, in its GatewaySubnet: the spokes may use it through their peerings.</summary>
        public static async Task CreateHubGatewayAsync(ResourceGroupResource rg)
        {
            var subnet = SubnetResource.CreateResourceIdentifier(NetworkNames.SubscriptionId, NetworkNames.ResourceGroup, NetworkNames.Hub, "GatewaySubnet");
            var gateway = new VirtualNetworkGatewayData
            {
                Location = AzureLocation.WestEurope,
                GatewayType = VirtualNetworkGatewayType.Vpn,
                IPConfigurations = { new VirtualNetworkGatewayIPConfiguration { Name = "default", SubnetId = subnet } },
            };
            await rg.GetVirtualNetworkGateways().CreateOrUpdateAsync(WaitUntil.Completed, "hub-vpn", gateway);
        }
    }
}
