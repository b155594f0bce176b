using Pulumi;
using Pulumi.Azure.Core;
using Pulumi.Azure.Network;
using Pulumi.Azure.Network.Inputs;

// A peering that blocks traffic between the VNets; allowed explicitly or by default is fine, from configuration unknown.
class NetworkStack : Stack
{
    public NetworkStack()
    {
        var config = new Config();
        var rg = new ResourceGroup("network", new ResourceGroupArgs { Name = "network-rg", Location = "westeurope" });
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.0.0.0/16" } });
        var spoke = new VirtualNetwork("spoke", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.1.0.0/16" } });
        var other = new VirtualNetwork("other", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.2.0.0/16" } });
        new VirtualNetworkPeering("hub-to-spoke", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = spoke.Id, {|PEER304:AllowVirtualNetworkAccess = false|} });
        new VirtualNetworkPeering("spoke-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, RemoteVirtualNetworkId = hub.Id, AllowVirtualNetworkAccess = true });
        new VirtualNetworkPeering("hub-to-other", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = other.Id, AllowVirtualNetworkAccess = config.GetBoolean("open") ?? true });
        new VirtualNetworkPeering("other-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = other.Name, RemoteVirtualNetworkId = hub.Id });
    }
}
