using Pulumi;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

// The spoke's workload subnet routes the other spoke's range through the firewall in the hub (10.0.1.4, a route of a
// route table the subnet names by id): the spoke's peering does not allow forwarded traffic; the other spoke's does.
class HubStack : Stack
{
    public HubStack()
    {
        var rg = new ResourceGroup("network");
        var table = new RouteTable("via-firewall", new RouteTableArgs
        {
            ResourceGroupName = rg.Name,
            Routes = { new Inputs.RouteArgs { Name = "to-spoke2", AddressPrefix = "10.2.0.0/16", NextHopType = RouteNextHopType.VirtualAppliance, NextHopIpAddress = "10.0.1.4" } },
        });
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.0.0.0/16" } } });
        var spoke = new VirtualNetwork("spoke", new VirtualNetworkArgs
        {
            ResourceGroupName = rg.Name,
            Location = "westeurope",
            AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.1.0.0/16" } },
            Subnets = { new Inputs.SubnetArgs { Name = "workload", AddressPrefix = "10.1.0.0/24", RouteTable = new Inputs.RouteTableArgs { Id = table.Id } } },
        });
        var spoke2 = new VirtualNetwork("spoke2", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.2.0.0/16" } } });
        new VirtualNetworkPeering("hub-to-spoke", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke.Id }, AllowForwardedTraffic = true });
        new VirtualNetworkPeering("hub-to-spoke2", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke2.Id }, AllowForwardedTraffic = true });
        new VirtualNetworkPeering("spoke-to-hub", {|PEER305:new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id } }|});
        new VirtualNetworkPeering("spoke2-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke2.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id }, AllowForwardedTraffic = true });
    }
}
