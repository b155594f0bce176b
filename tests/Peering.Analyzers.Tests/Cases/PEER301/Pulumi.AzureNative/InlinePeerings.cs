using Pulumi;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

// Peerings written inline in a VNet's args belong to that VNet: the spoke peers back inline, the other spoke does not.
class HubStack : Stack
{
    public HubStack()
    {
        var rg = new ResourceGroup("network");
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.0.0.0/16" } } });
        var spoke = new VirtualNetwork("spoke", new VirtualNetworkArgs
        {
            ResourceGroupName = rg.Name,
            AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.1.0.0/16" } },
            VirtualNetworkPeerings = { new Inputs.VirtualNetworkPeeringArgs { Name = "spoke-to-hub", RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id } } },
        });
        var other = new VirtualNetwork("other", new VirtualNetworkArgs
        {
            ResourceGroupName = rg.Name,
            AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.2.0.0/16" } },
            VirtualNetworkPeerings = { {|PEER301:new Inputs.VirtualNetworkPeeringArgs { Name = "other-to-hub", RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id } }|} },
        });
        new VirtualNetworkPeering("hub-to-spoke", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke.Id } });
    }
}
