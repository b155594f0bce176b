// ignore: PEER301
using Pulumi;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

// A peering without a remote VNet, as a resource and inline; with a remote, or one from configuration, it is fine.
class HubStack : Stack
{
    public HubStack()
    {
        var config = new Config();
        var rg = new ResourceGroup("network");
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.0.0.0/16" } } });
        new VirtualNetworkPeering("nowhere", {|PEER401:new VirtualNetworkPeeringArgs { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, AllowForwardedTraffic = true }|});
        new VirtualNetwork("spoke", new VirtualNetworkArgs
        {
            ResourceGroupName = rg.Name,
            AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.1.0.0/16" } },
            VirtualNetworkPeerings =
            {
                {|PEER401:new Inputs.VirtualNetworkPeeringArgs { Name = "spoke-to-nowhere" }|},
                new Inputs.VirtualNetworkPeeringArgs { Name = "spoke-to-hub", RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id } },
            },
        });
        new VirtualNetworkPeering("configured", new VirtualNetworkPeeringArgs { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = config.Require("remoteId") } });
    }
}
