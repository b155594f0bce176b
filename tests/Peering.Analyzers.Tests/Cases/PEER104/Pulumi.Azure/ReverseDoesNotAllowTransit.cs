using Pulumi;
using Pulumi.Azure.Core;
using Pulumi.Azure.Network;
using Pulumi.Azure.Network.Inputs;

// The spoke uses the hub's gateway but the hub's peering back does not offer it; the other pair is fine, and the
// third, whose hub side takes the flag from configuration, stays unknown.
class NetworkStack : Stack
{
    public NetworkStack()
    {
        var config = new Config();
        var rg = new ResourceGroup("network", new ResourceGroupArgs { Name = "network-rg", Location = "westeurope" });
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.0.0.0/16" } });
        var spoke = new VirtualNetwork("spoke", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.1.0.0/16" } });
        var other = new VirtualNetwork("other", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.2.0.0/16" } });
        var third = new VirtualNetwork("third", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.3.0.0/16" } });
        new VirtualNetworkPeering("hub-to-spoke", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = spoke.Id });
        new VirtualNetworkPeering("spoke-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, RemoteVirtualNetworkId = hub.Id, {|PEER104:UseRemoteGateways = true|} });
        new VirtualNetworkPeering("hub-to-other", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = other.Id, AllowGatewayTransit = true });
        new VirtualNetworkPeering("other-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = other.Name, RemoteVirtualNetworkId = hub.Id, UseRemoteGateways = true });
        new VirtualNetworkPeering("hub-to-third", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = third.Id, AllowGatewayTransit = config.RequireBoolean("transit") });
        new VirtualNetworkPeering("third-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = third.Name, RemoteVirtualNetworkId = hub.Id, UseRemoteGateways = true });
    }
}
