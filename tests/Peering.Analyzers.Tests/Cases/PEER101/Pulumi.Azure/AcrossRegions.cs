// ignore: PEER503
using Pulumi;
using Pulumi.Azure.Core;
using Pulumi.Azure.Network;
using Pulumi.Azure.Network.Inputs;

// The spoke in East US uses the gateway of the hub, in its resource group's region (West Europe); a spoke in the
// hub's region is fine, and one whose region comes from configuration stays unknown.
class NetworkStack : Stack
{
    public NetworkStack()
    {
        var config = new Config();
        var rg = new ResourceGroup("network", new ResourceGroupArgs { Name = "network-rg", Location = "westeurope" });
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = rg.Location, AddressSpaces = { "10.0.0.0/16" } });
        var east = new VirtualNetwork("east", new() { ResourceGroupName = rg.Name, Location = "East US", AddressSpaces = { "10.1.0.0/16" } });
        var near = new VirtualNetwork("near", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.2.0.0/16" } });
        var elsewhere = new VirtualNetwork("elsewhere", new() { ResourceGroupName = rg.Name, Location = config.Require("region"), AddressSpaces = { "10.3.0.0/16" } });
        new VirtualNetworkPeering("hub-to-east", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = east.Id, AllowGatewayTransit = true });
        new VirtualNetworkPeering("hub-to-near", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = near.Id, AllowGatewayTransit = true });
        new VirtualNetworkPeering("hub-to-elsewhere", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = elsewhere.Id, AllowGatewayTransit = true });
        new VirtualNetworkPeering("east-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = east.Name, RemoteVirtualNetworkId = hub.Id, {|PEER101:UseRemoteGateways = true|} });
        new VirtualNetworkPeering("near-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = near.Name, RemoteVirtualNetworkId = hub.Id, UseRemoteGateways = true });
        new VirtualNetworkPeering("elsewhere-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = elsewhere.Name, RemoteVirtualNetworkId = hub.Id, UseRemoteGateways = true });
    }
}
