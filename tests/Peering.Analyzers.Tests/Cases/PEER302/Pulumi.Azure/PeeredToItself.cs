// ignore: PEER301
using Pulumi;
using Pulumi.Azure.Core;
using Pulumi.Azure.Network;
using Pulumi.Azure.Network.Inputs;

// A VNet peered to itself, directly and through a VNet a helper declares; a VNet named by configuration is unknown.
class NetworkStack : Stack
{
    public NetworkStack()
    {
        var config = new Config();
        var rg = new ResourceGroup("network", new ResourceGroupArgs { Name = "network-rg", Location = "westeurope" });
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.0.0.0/16" } });
        var spoke = new VirtualNetwork("spoke", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.1.0.0/16" } });
        var helped = Declare(rg, "helped", "10.2.0.0/16");
        new VirtualNetworkPeering("loop", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = {|PEER302:hub.Id|} });
        new VirtualNetworkPeering("helped-loop", new() { ResourceGroupName = rg.Name, VirtualNetworkName = helped.Name, RemoteVirtualNetworkId = {|PEER302:helped.Id|} });
        new VirtualNetworkPeering("maybe", new() { ResourceGroupName = rg.Name, VirtualNetworkName = config.Require("vnet"), RemoteVirtualNetworkId = hub.Id });
        new VirtualNetworkPeering("hub-to-spoke", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = spoke.Id });
    }

    private static VirtualNetwork Declare(ResourceGroup rg, string name, string prefix) =>
        new VirtualNetwork(name, new() { ResourceGroupName = rg.Name, AddressSpaces = { prefix } });
}
