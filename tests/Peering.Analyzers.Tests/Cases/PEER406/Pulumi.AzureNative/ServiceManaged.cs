// ignore: PEER301
using Pulumi;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

// Properties Azure computes, set on a peering resource and inline; the flags are fine.
class HubStack : Stack
{
    public HubStack()
    {
        var rg = new ResourceGroup("network");
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.0.0.0/16" } } });
        var args = new VirtualNetworkPeeringArgs
        {
            ResourceGroupName = rg.Name,
            VirtualNetworkName = hub.Name,
            RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/far" },
            {|PEER406:PeeringState = VirtualNetworkPeeringState.Connected|},
            AllowForwardedTraffic = true,
        };
        {|PEER406:args.PeeringSyncLevel = "FullyInSync"|};
        new VirtualNetworkPeering("hub-to-far", args);
        new VirtualNetwork("spoke", new VirtualNetworkArgs
        {
            ResourceGroupName = rg.Name,
            AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.1.0.0/16" } },
            VirtualNetworkPeerings =
            {
                new Inputs.VirtualNetworkPeeringArgs
                {
                    Name = "spoke-to-hub",
                    RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id },
                    {|PEER406:RemoteAddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.0.0.0/16" } }|},
                },
            },
        });
    }
}
