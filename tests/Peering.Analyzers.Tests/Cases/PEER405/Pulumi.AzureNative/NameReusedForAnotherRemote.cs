// ignore: PEER301
using Pulumi;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

// Two peerings of the hub share one name in Azure but point at different VNets; names that differ, and a name from
// configuration, are fine.
class HubStack : Stack
{
    public HubStack()
    {
        var rg = new ResourceGroup("network");
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.0.0.0/16" } } });
        var spoke = new VirtualNetwork("spoke", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.1.0.0/16" } } });
        var other = new VirtualNetwork("other", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.2.0.0/16" } } });
        new VirtualNetworkPeering("first", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke.Id }, VirtualNetworkPeeringName = "hub-to-spoke" });
        new VirtualNetworkPeering("second", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = other.Id }, VirtualNetworkPeeringName = {|PEER405:"hub-to-spoke"|} });
        new VirtualNetworkPeering("third", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id } });
        new VirtualNetworkPeering("fourth", new() { ResourceGroupName = rg.Name, VirtualNetworkName = other.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id } });
        new VirtualNetworkPeering("fifth", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = other.Id }, VirtualNetworkPeeringName = new Config().Require("name") });
    }
}
