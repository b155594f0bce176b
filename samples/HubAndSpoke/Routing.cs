using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

namespace HubAndSpoke
{
    internal static class Routing
    {
        /// <summary>The backup spoke reaches the apps spoke through the firewall in the hub.</summary>
        public static async Task RouteBackupThroughFirewallAsync(ResourceGroupResource rg)
        {
            var table = (await rg.GetRouteTables().CreateOrUpdateAsync(WaitUntil.Completed, "backup-routes", new RouteTableData { Location = AzureLocation.WestEurope })).Value;
            await table.GetRoutes().CreateOrUpdateAsync(WaitUntil.Completed, "to-apps", new RouteData
            {
                AddressPrefix = "10.1.0.0/16",
                NextHopType = RouteNextHopType.VirtualAppliance,
                NextHopIPAddress = NetworkNames.FirewallAddress,
            });

            var backup = (await rg.GetVirtualNetworkAsync(NetworkNames.Backup)).Value;
            await backup.GetSubnets().CreateOrUpdateAsync(WaitUntil.Completed, "workload", new SubnetData { AddressPrefix = "10.2.128.0/24", RouteTable = new RouteTableData { Id = table.Id } });
        }
    }
}
