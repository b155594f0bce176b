using Pulumi;
using Pulumi.Azure.Core;
using Pulumi.Azure.Network;
using Pulumi.Azure.Network.Inputs;

// The spoke's workload subnet routes the other spoke's range through the firewall in the hub: the spoke's peering
// does not allow forwarded traffic; the other spoke's does.
class NetworkStack : Stack
{
    public NetworkStack()
    {
        var config = new Config();
        var rg = new ResourceGroup("network", new ResourceGroupArgs { Name = "network-rg", Location = "westeurope" });
        var table = new RouteTable("via-firewall", new RouteTableArgs
        {
            ResourceGroupName = rg.Name,
            Routes = { new RouteTableRouteArgs { Name = "to-spoke2", AddressPrefix = "10.2.0.0/16", NextHopType = "VirtualAppliance", NextHopInIpAddress = "10.0.1.4" } },
        });
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.0.0.0/16" } });
        var spoke = new VirtualNetwork("spoke", new VirtualNetworkArgs { ResourceGroupName = rg.Name, AddressSpaces = { "10.1.0.0/16" }, Subnets = { new VirtualNetworkSubnetArgs { Name = "workload", AddressPrefixes = { "10.1.0.0/24" }, RouteTableId = table.Id } } });
        var spoke2 = new VirtualNetwork("spoke2", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.2.0.0/16" } });
        new VirtualNetworkPeering("hub-to-spoke", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = spoke.Id, AllowForwardedTraffic = true });
        new VirtualNetworkPeering("hub-to-spoke2", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = spoke2.Id, AllowForwardedTraffic = true });
        new VirtualNetworkPeering("spoke-to-hub", {|PEER305:new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, RemoteVirtualNetworkId = hub.Id }|});
        new VirtualNetworkPeering("spoke2-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke2.Name, RemoteVirtualNetworkId = hub.Id, AllowForwardedTraffic = true });
    }
}
