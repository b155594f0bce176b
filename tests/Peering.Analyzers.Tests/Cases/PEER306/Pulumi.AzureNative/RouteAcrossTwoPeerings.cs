using Pulumi;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

// The spoke's subnet (a Subnet resource) sends the other spoke's range straight there (a Route resource, VnetLocal), but
// the two spokes are only peered with the hub.
class HubStack : Stack
{
    public HubStack()
    {
        var rg = new ResourceGroup("network");
        var table = new RouteTable("direct", new() { ResourceGroupName = rg.Name });
        new Route("to-spoke2", {|PEER306:new RouteArgs { ResourceGroupName = rg.Name, RouteTableName = table.Name, RouteName = "to-spoke2", AddressPrefix = "10.2.0.0/16", NextHopType = "VnetLocal" }|});
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.0.0.0/16" } } });
        var spoke = new VirtualNetwork("spoke", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.1.0.0/16" } } });
        var spoke2 = new VirtualNetwork("spoke2", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.2.0.0/16" } } });
        new Subnet("workload", new SubnetArgs { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, AddressPrefix = "10.1.0.0/24", RouteTable = new Inputs.RouteTableArgs { Id = table.Id } });
        new VirtualNetworkPeering("hub-to-spoke", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke.Id }, AllowForwardedTraffic = true });
        new VirtualNetworkPeering("spoke-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id }, AllowForwardedTraffic = true });
        new VirtualNetworkPeering("hub-to-spoke2", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke2.Id }, AllowForwardedTraffic = true });
        new VirtualNetworkPeering("spoke2-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke2.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id }, AllowForwardedTraffic = true });
    }
}
