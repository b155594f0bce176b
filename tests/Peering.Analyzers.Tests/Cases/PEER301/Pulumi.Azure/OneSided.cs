using Pulumi;
using Pulumi.Azure.Core;
using Pulumi.Azure.Network;
using Pulumi.Azure.Network.Inputs;

// Both VNets are declared here: a peering without its peering back is known one-sided; a pair with both sides is
// fine, and the peering to a VNet named only by its id may have its peering back elsewhere.
class NetworkStack : Stack
{
    public NetworkStack()
    {
        var config = new Config();
        var rg = new ResourceGroup("network", new ResourceGroupArgs { Name = "network-rg", Location = "westeurope" });
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.0.0.0/16" } });
        var spoke = new VirtualNetwork("spoke", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.1.0.0/16" } });
        var other = new VirtualNetwork("other", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.2.0.0/16" } });
        new VirtualNetworkPeering("hub-to-spoke", {|PEER301:new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = spoke.Id }|});
        new VirtualNetworkPeering("hub-to-other", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = other.Id });
        new VirtualNetworkPeering("other-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = other.Name, RemoteVirtualNetworkId = hub.Id });
        new VirtualNetworkPeering("hub-to-shared", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/shared/providers/Microsoft.Network/virtualNetworks/shared" });
    }
}
