using Pulumi;
using Pulumi.Azure.Core;
using Pulumi.Azure.Network;
using Pulumi.Azure.Network.Inputs;

// The spoke's subnet, associated with the table, sends the other spoke's range straight there (VnetLocal), but the two
// spokes are only peered with the hub.
class NetworkStack : Stack
{
    public NetworkStack()
    {
        var config = new Config();
        var rg = new ResourceGroup("network", new ResourceGroupArgs { Name = "network-rg", Location = "westeurope" });
        var table = new RouteTable("direct", new() { ResourceGroupName = rg.Name });
        new Route("to-spoke2", {|PEER306:new RouteArgs { ResourceGroupName = rg.Name, RouteTableName = table.Name, Name = "to-spoke2", AddressPrefix = "10.2.0.0/16", NextHopType = "VnetLocal" }|});
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.0.0.0/16" } });
        var spoke = new VirtualNetwork("spoke", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.1.0.0/16" } });
        var spoke2 = new VirtualNetwork("spoke2", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.2.0.0/16" } });
        var workload = new Subnet("workload", new SubnetArgs { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, AddressPrefixes = { "10.1.0.0/24" } });
        new SubnetRouteTableAssociation("workload-direct", new() { SubnetId = workload.Id, RouteTableId = table.Id });
        new VirtualNetworkPeering("hub-to-spoke", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = spoke.Id, AllowForwardedTraffic = true });
        new VirtualNetworkPeering("spoke-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, RemoteVirtualNetworkId = hub.Id, AllowForwardedTraffic = true });
        new VirtualNetworkPeering("hub-to-spoke2", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = spoke2.Id, AllowForwardedTraffic = true });
        new VirtualNetworkPeering("spoke2-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke2.Name, RemoteVirtualNetworkId = hub.Id, AllowForwardedTraffic = true });
    }
}
