using Pulumi;
using Pulumi.Azure.Core;
using Pulumi.Azure.Network;
using Pulumi.Azure.Network.Inputs;

// Two spokes of one hub overlap each other; the third spoke is apart.
class NetworkStack : Stack
{
    public NetworkStack()
    {
        var config = new Config();
        var rg = new ResourceGroup("network", new ResourceGroupArgs { Name = "network-rg", Location = "westeurope" });
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.0.0.0/16" } });
        var spoke = new VirtualNetwork("spoke", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.1.0.0/16" } });
        var spoke2 = new VirtualNetwork("spoke2", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.1.4.0/24" } });
        var spoke3 = new VirtualNetwork("spoke3", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.3.0.0/16" } });
        new VirtualNetworkPeering("hub-to-spoke", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = spoke.Id });
        new VirtualNetworkPeering("spoke-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, RemoteVirtualNetworkId = hub.Id });
        new VirtualNetworkPeering("hub-to-spoke2", {|PEER202:new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = spoke2.Id }|});
        new VirtualNetworkPeering("spoke2-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke2.Name, RemoteVirtualNetworkId = hub.Id });
        new VirtualNetworkPeering("hub-to-spoke3", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = spoke3.Id });
        new VirtualNetworkPeering("spoke3-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke3.Name, RemoteVirtualNetworkId = hub.Id });
    }
}
