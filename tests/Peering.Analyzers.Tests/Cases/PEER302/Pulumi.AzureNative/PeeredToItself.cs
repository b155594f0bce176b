// ignore: PEER301
using Pulumi;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

// A VNet peered to itself, directly, through a VNet a helper declares, and by its own name; a peering to another VNet is fine.
class HubStack : Stack
{
    public HubStack()
    {
        var rg = new ResourceGroup("network");
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.0.0.0/16" } } });
        var spoke = new VirtualNetwork("spoke", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.1.0.0/16" } } });
        var helped = Declare(rg, "helped", "10.2.0.0/16");
        new VirtualNetworkPeering("loop", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = {|PEER302:new Inputs.SubResourceArgs { Id = hub.Id }|} });
        new VirtualNetworkPeering("helped-loop", new() { ResourceGroupName = rg.Name, VirtualNetworkName = helped.Name, RemoteVirtualNetwork = {|PEER302:new Inputs.SubResourceArgs { Id = helped.Id }|} });
        new VirtualNetworkPeering("hub-to-spoke", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke.Id } });
    }

    private static VirtualNetwork Declare(ResourceGroup rg, string name, string prefix) =>
        new VirtualNetwork(name, new() { ResourceGroupName = rg.Name, AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { prefix } } });
}
