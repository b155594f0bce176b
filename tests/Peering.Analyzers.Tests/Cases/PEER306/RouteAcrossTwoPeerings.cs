using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// The spoke's subnet sends the other spoke's range straight there (VnetLocal), but the two spokes are only peered with the hub.
static class Routing
{
    public static async Task CreateAsync(ResourceGroupResource rg)
    {
        foreach (var (name, prefix) in new[] { ("hub", "10.0.0.0/16"), ("spoke", "10.1.0.0/16"), ("spoke2", "10.2.0.0/16") })
        {
            await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, name, new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { prefix } });
        }

        var table = (await rg.GetRouteTables().CreateOrUpdateAsync(WaitUntil.Completed, "direct", new RouteTableData
        {
            Routes = { {|PEER306:new RouteData { Name = "to-spoke2", AddressPrefix = "10.2.0.0/16", NextHopType = RouteNextHopType.VnetLocal }|} },
        })).Value;
        var spoke = (await rg.GetVirtualNetworkAsync("spoke")).Value;
        await spoke.GetSubnets().CreateOrUpdateAsync(WaitUntil.Completed, "workload", new SubnetData { AddressPrefix = "10.1.0.0/24", RouteTable = new RouteTableData { Id = table.Id } });
    }

    public static async Task PeerAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworkAsync("hub")).Value;
        var spoke = (await rg.GetVirtualNetworkAsync("spoke")).Value;
        var spoke2 = (await rg.GetVirtualNetworkAsync("spoke2")).Value;
        foreach (var (a, b, name) in new[] { (hub, spoke, "hub-to-spoke"), (spoke, hub, "spoke-to-hub"), (hub, spoke2, "hub-to-spoke2"), (spoke2, hub, "spoke2-to-hub") })
        {
            await a.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, name, new VirtualNetworkPeeringData { AllowForwardedTraffic = true, RemoteVirtualNetworkId = b.Id });
        }
    }
}
