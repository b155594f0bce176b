// ignore: PEER301
using Pulumi;
using Pulumi.Azure.Core;
using Pulumi.Azure.Network;
using Pulumi.Azure.Network.Inputs;

// A peering without its (required) remote VNet id; with a remote from configuration it is fine.
class NetworkStack : Stack
{
    public NetworkStack()
    {
        var config = new Config();
        var rg = new ResourceGroup("network", new ResourceGroupArgs { Name = "network-rg", Location = "westeurope" });
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.0.0.0/16" } });
        new VirtualNetworkPeering("nowhere", {|PEER401:new VirtualNetworkPeeringArgs { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, AllowForwardedTraffic = true }|});
        new VirtualNetworkPeering("configured", new VirtualNetworkPeeringArgs { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = config.Require("remoteId") });
    }
}
