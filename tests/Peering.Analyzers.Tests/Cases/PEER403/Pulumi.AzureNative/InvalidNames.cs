// ignore: PEER301 PEER303
using Pulumi;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

// Peering names Azure rejects, in VirtualNetworkPeeringName and inline; valid names, names Pulumi gives (from the
// logical name), and a name from configuration are fine.
class HubStack : Stack
{
    private const string Prefix = "hub";

    public HubStack()
    {
        var config = new Config();
        var rg = new ResourceGroup("network");
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.0.0.0/16" } } });
        var spoke = new VirtualNetwork("spoke", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.1.0.0/16" } } });
        new VirtualNetworkPeering("spaces", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke.Id }, VirtualNetworkPeeringName = {|PEER403:"hub to spoke!"|} });
        new VirtualNetworkPeering("trailing", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke.Id }, VirtualNetworkPeeringName = {|PEER403:$"{Prefix}-"|} });
        new VirtualNetworkPeering("valid", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke.Id }, VirtualNetworkPeeringName = "hub-to-spoke_1" });
        new VirtualNetworkPeering("configured", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke.Id }, VirtualNetworkPeeringName = config.Require("peeringName") });
        new VirtualNetworkPeering("logical name with spaces", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke.Id } });
        new VirtualNetwork("other", new VirtualNetworkArgs
        {
            ResourceGroupName = rg.Name,
            AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.2.0.0/16" } },
            VirtualNetworkPeerings = { new Inputs.VirtualNetworkPeeringArgs { Name = {|PEER403:"-other-to-hub"|}, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id } } },
        });
    }
}
