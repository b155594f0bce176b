using Pulumi;
using Pulumi.Azure.Core;
using Pulumi.Azure.Network;
using Pulumi.Azure.Network.Inputs;

// The hub and the spoke overlap; the second spoke is apart, and a VNet whose prefix comes from configuration stays unknown.
class NetworkStack : Stack
{
    public NetworkStack()
    {
        var config = new Config();
        var rg = new ResourceGroup("network", new ResourceGroupArgs { Name = "network-rg", Location = "westeurope" });
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.0.0.0/16" } });
        var spoke = new VirtualNetwork("spoke", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.0.8.0/24" } });
        var apart = new VirtualNetwork("apart", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.2.0.0/16" } });
        var configured = new VirtualNetwork("configured", new() { ResourceGroupName = rg.Name, AddressSpaces = { config.Require("prefix") } });
        new VirtualNetworkPeering("hub-to-spoke", {|PEER201:new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = spoke.Id }|});
        new VirtualNetworkPeering("spoke-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, RemoteVirtualNetworkId = hub.Id });
        new VirtualNetworkPeering("hub-to-apart", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = apart.Id });
        new VirtualNetworkPeering("apart-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = apart.Name, RemoteVirtualNetworkId = hub.Id });
        new VirtualNetworkPeering("hub-to-configured", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = configured.Id });
        new VirtualNetworkPeering("configured-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = configured.Name, RemoteVirtualNetworkId = hub.Id });
    }
}
