using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// The spoke routes the other spoke's range through the firewall in the hub (10.0.1.4): the hub accepts forwarded traffic
// from the spoke only if the spoke's peering allows it, which one does not.
static class Routing
{
    public static async Task CreateAsync(ResourceGroupResource rg)
    {
        foreach (var (name, prefix) in new[] { ("hub", "10.0.0.0/16"), ("spoke", "10.1.0.0/16"), ("spoke2", "10.2.0.0/16") })
        {
            await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, name, new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { prefix } });
        }

        var table = (await rg.GetRouteTables().CreateOrUpdateAsync(WaitUntil.Completed, "via-firewall", new RouteTableData
        {
            Routes = { new RouteData { Name = "to-spoke2", AddressPrefix = "10.2.0.0/16", NextHopType = RouteNextHopType.VirtualAppliance, NextHopIPAddress = "10.0.1.4" } },
        })).Value;
        var spoke = (await rg.GetVirtualNetworkAsync("spoke")).Value;
        await spoke.GetSubnets().CreateOrUpdateAsync(WaitUntil.Completed, "workload", new SubnetData { AddressPrefix = "10.1.0.0/24", RouteTable = new RouteTableData { Id = table.Id } });
    }

    public static async Task PeerAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworkAsync("hub")).Value;
        var spoke = (await rg.GetVirtualNetworkAsync("spoke")).Value;
        var spoke2 = (await rg.GetVirtualNetworkAsync("spoke2")).Value;
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-spoke", new VirtualNetworkPeeringData { AllowForwardedTraffic = true, RemoteVirtualNetworkId = spoke.Id });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-spoke2", new VirtualNetworkPeeringData { AllowForwardedTraffic = true, RemoteVirtualNetworkId = spoke2.Id });
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub", {|PEER305:new VirtualNetworkPeeringData { RemoteVirtualNetworkId = hub.Id }|});
        await spoke2.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke2-to-hub", new VirtualNetworkPeeringData { AllowForwardedTraffic = true, RemoteVirtualNetworkId = hub.Id });
    }
}
