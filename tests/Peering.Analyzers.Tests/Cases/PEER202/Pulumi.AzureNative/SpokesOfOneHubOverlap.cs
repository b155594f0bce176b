using Pulumi;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

// Two spokes of one hub overlap each other (10.1.0.0/16 holds 10.1.4.0/24): the second peering to the hub is rejected.
// The third spoke is apart, and the fourth's prefix comes from configuration.
class HubStack : Stack
{
    public HubStack()
    {
        var rg = new ResourceGroup("network");
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.0.0.0/16" } } });
        var spoke = new VirtualNetwork("spoke", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.1.0.0/16" } } });
        var spoke2 = new VirtualNetwork("spoke2", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.1.4.0/24" } } });
        var spoke3 = new VirtualNetwork("spoke3", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.3.0.0/16" } } });
        new VirtualNetworkPeering("hub-to-spoke", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke.Id } });
        new VirtualNetworkPeering("spoke-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id } });
        new VirtualNetworkPeering("hub-to-spoke2", {|PEER202:new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke2.Id } }|});
        new VirtualNetworkPeering("spoke2-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke2.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id } });
        new VirtualNetworkPeering("hub-to-spoke3", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke3.Id } });
        new VirtualNetworkPeering("spoke3-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke3.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id } });
        var spoke4 = new VirtualNetwork("spoke4", new() { ResourceGroupName = rg.Name, AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { new Config().Require("spoke4Prefix") } } });
        new VirtualNetworkPeering("hub-to-spoke4", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke4.Id } });
        new VirtualNetworkPeering("spoke4-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke4.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id } });
    }
}
