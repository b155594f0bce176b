using Pulumi;
using Pulumi.Azure.Core;
using Pulumi.Azure.Network;
using Pulumi.Azure.Network.Inputs;

// Classic Pulumi.Azure subnet peering (PeerCompleteVirtualNetworksEnabled = false): VNet a declares only the subnet 'app'
// inline, and both peerings name 'cache'; the pair c-d names subnets that exist, and a name from configuration is unknown.
class HubStack : Stack
{
    public HubStack()
    {
        var config = new Config();
        var rg = new ResourceGroup("network");
        var a = new VirtualNetwork("a", new() { ResourceGroupName = rg.Name, AddressSpaces = { "10.0.0.0/16" }, Subnets = { new VirtualNetworkSubnetArgs { Name = "app", AddressPrefixes = { "10.0.1.0/24" } } } });
        var b = new VirtualNetwork("b", new() { ResourceGroupName = rg.Name, AddressSpaces = { "10.1.0.0/16" }, Subnets = { new VirtualNetworkSubnetArgs { Name = "db", AddressPrefixes = { "10.1.1.0/24" } } } });
        new VirtualNetworkPeering("a-to-b", {|PEER206@current:new() { ResourceGroupName = rg.Name, VirtualNetworkName = a.Name, RemoteVirtualNetworkId = b.Id, PeerCompleteVirtualNetworksEnabled = false, LocalSubnetNames = { "app", "cache" }, RemoteSubnetNames = { "db" } }|});
        new VirtualNetworkPeering("b-to-a", {|PEER206@current:new() { ResourceGroupName = rg.Name, VirtualNetworkName = b.Name, RemoteVirtualNetworkId = a.Id, PeerCompleteVirtualNetworksEnabled = false, LocalSubnetNames = { "db" }, RemoteSubnetNames = { "app", "cache" } }|});

        var c = new VirtualNetwork("c", new() { ResourceGroupName = rg.Name, AddressSpaces = { "10.2.0.0/16" }, Subnets = { new VirtualNetworkSubnetArgs { Name = "web", AddressPrefixes = { "10.2.1.0/24" } } } });
        var d = new VirtualNetwork("d", new() { ResourceGroupName = rg.Name, AddressSpaces = { "10.3.0.0/16" }, Subnets = { new VirtualNetworkSubnetArgs { Name = "api", AddressPrefixes = { "10.3.1.0/24" } } } });
        new VirtualNetworkPeering("c-to-d", new() { ResourceGroupName = rg.Name, VirtualNetworkName = c.Name, RemoteVirtualNetworkId = d.Id, PeerCompleteVirtualNetworksEnabled = false, LocalSubnetNames = { "web" }, RemoteSubnetNames = { config.Require("remoteSubnet") } });
        new VirtualNetworkPeering("d-to-c", new() { ResourceGroupName = rg.Name, VirtualNetworkName = d.Name, RemoteVirtualNetworkId = c.Id, PeerCompleteVirtualNetworksEnabled = false, LocalSubnetNames = { config.Require("remoteSubnet") }, RemoteSubnetNames = { "web" } });
    }
}
