// ignore: PEER503
using Pulumi;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

// The VNets take their regions from their resource groups (Location = rg.Location): the spoke's group is in another
// region than the hub's.
class HubStack : Stack
{
    public HubStack()
    {
        var rg = new ResourceGroup("hub-rg", new ResourceGroupArgs { Location = "westeurope" });
        var spokes = new ResourceGroup("spoke-rg", new() { Location = "northeurope" });
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = rg.Location, AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.0.0.0/16" } } });
        var spoke = new VirtualNetwork("spoke", new() { ResourceGroupName = spokes.Name, Location = spokes.Location, AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.1.0.0/16" } } });
        new VirtualNetworkPeering("hub-to-spoke", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke.Id }, AllowGatewayTransit = true });
        new VirtualNetworkPeering("spoke-to-hub", new() { ResourceGroupName = spokes.Name, VirtualNetworkName = spoke.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id }, {|PEER101:UseRemoteGateways = true|} });
    }
}
