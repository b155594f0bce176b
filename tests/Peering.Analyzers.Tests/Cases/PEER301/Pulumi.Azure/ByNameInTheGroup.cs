// ignore: PEER303
using Pulumi;
using Pulumi.Azure.Core;
using Pulumi.Azure.Network;
using Pulumi.Azure.Network.Inputs;

// VNets named in Azure within a named resource group: a peering names its VNet by that name, and its remote by id; the
// VNet the id names has no peering back.
class NetworkStack : Stack
{
    public NetworkStack()
    {
        var config = new Config();
        var rg = new ResourceGroup("network", new ResourceGroupArgs { Name = "network-rg", Location = "westeurope" });
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = "network-rg", Name = "hub-vnet", AddressSpaces = { "10.0.0.0/16" } });
        var spoke = new VirtualNetwork("spoke", new() { ResourceGroupName = rg.Name, Name = "spoke-vnet", AddressSpaces = { "10.1.0.0/16" } });
        new VirtualNetworkPeering("hub-to-spoke", new() { ResourceGroupName = "network-rg", VirtualNetworkName = "hub-vnet", RemoteVirtualNetworkId = spoke.Id });
        new VirtualNetworkPeering("spoke-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, RemoteVirtualNetworkId = hub.Id });
        new VirtualNetworkPeering("hub-to-spoke-by-id", {|PEER301:new() { ResourceGroupName = "network-rg", VirtualNetworkName = "hub-vnet", RemoteVirtualNetworkId = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/network-rg/providers/Microsoft.Network/virtualNetworks/other-vnet" }|});
        var other = new VirtualNetwork("other", new() { ResourceGroupName = "network-rg", Name = "other-vnet", AddressSpaces = { "10.2.0.0/16" } });
    }
}
