using Pulumi;
using Pulumi.Azure.Core;
using Pulumi.Azure.Network;
using Pulumi.Azure.Network.Inputs;

// The spoke uses remote gateways over two peerings; the other spoke over one.
class NetworkStack : Stack
{
    public NetworkStack()
    {
        var config = new Config();
        var rg = new ResourceGroup("network", new ResourceGroupArgs { Name = "network-rg", Location = "westeurope" });
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.0.0.0/16" } });
        var hub2 = new VirtualNetwork("hub2", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.1.0.0/16" } });
        var spoke = new VirtualNetwork("spoke", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.2.0.0/16" } });
        var other = new VirtualNetwork("other", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.3.0.0/16" } });
        new VirtualNetworkPeering("hub-to-spoke", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = spoke.Id, AllowGatewayTransit = true });
        new VirtualNetworkPeering("hub2-to-spoke", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub2.Name, RemoteVirtualNetworkId = spoke.Id, AllowGatewayTransit = true });
        new VirtualNetworkPeering("hub-to-other", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = other.Id, AllowGatewayTransit = true });
        new VirtualNetworkPeering("spoke-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, RemoteVirtualNetworkId = hub.Id, UseRemoteGateways = true });
        new VirtualNetworkPeering("spoke-to-hub2", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, RemoteVirtualNetworkId = hub2.Id, {|PEER106:UseRemoteGateways = true|} });
        new VirtualNetworkPeering("other-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = other.Name, RemoteVirtualNetworkId = hub.Id, UseRemoteGateways = true });
    }
}
