// shape: AzureNative
using Pulumi;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

// Pulumi.AzureNative 3.x subnet peering: VNet a declares only the subnet 'app' inline, and both peerings name 'cache'.
// The pair c-d names subnets that exist (names compare without case); VNet e's subnets are declared one by one (another
// program may add more), and a name from configuration is unknown. The 2017-10 profile has no subnet peering.
class HubStack : Stack
{
    public HubStack()
    {
        var config = new Config();
        var rg = new ResourceGroup("network");
        var a = Network(rg, "a", "10.0.0.0/16", "app", "10.0.1.0/24");
        var b = Network(rg, "b", "10.1.0.0/16", "db", "10.1.1.0/24");
        new VirtualNetworkPeering("a-to-b", {|PEER206@current:new() { ResourceGroupName = rg.Name, VirtualNetworkName = a.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = b.Id }, PeerCompleteVnets = false, LocalSubnetNames = { "app", "cache" }, RemoteSubnetNames = { "db" } }|});
        new VirtualNetworkPeering("b-to-a", {|PEER206@current:new() { ResourceGroupName = rg.Name, VirtualNetworkName = b.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = a.Id }, PeerCompleteVnets = false, LocalSubnetNames = { "db" }, RemoteSubnetNames = { "app", "cache" } }|});

        var c = Network(rg, "c", "10.2.0.0/16", "web", "10.2.1.0/24");
        var d = Network(rg, "d", "10.3.0.0/16", "api", "10.3.1.0/24");
        new VirtualNetworkPeering("c-to-d", new() { ResourceGroupName = rg.Name, VirtualNetworkName = c.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = d.Id }, PeerCompleteVnets = false, LocalSubnetNames = { "Web" }, RemoteSubnetNames = { "api" } });
        new VirtualNetworkPeering("d-to-c", new() { ResourceGroupName = rg.Name, VirtualNetworkName = d.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = c.Id }, PeerCompleteVnets = false, LocalSubnetNames = { "api" }, RemoteSubnetNames = { "Web" } });

        var e = new VirtualNetwork("e", new() { ResourceGroupName = rg.Name, AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.4.0.0/16" } } });
        new Subnet("e-app", new SubnetArgs { ResourceGroupName = rg.Name, VirtualNetworkName = e.Name, SubnetName = "app", AddressPrefix = "10.4.1.0/24" });
        new VirtualNetworkPeering("e-to-c", new() { ResourceGroupName = rg.Name, VirtualNetworkName = e.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = c.Id }, PeerCompleteVnets = false, LocalSubnetNames = { "app", "cache" }, RemoteSubnetNames = { config.Require("remoteSubnet") } });
        new VirtualNetworkPeering("c-to-e", new() { ResourceGroupName = rg.Name, VirtualNetworkName = c.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = e.Id }, PeerCompleteVnets = false, LocalSubnetNames = { config.Require("remoteSubnet") }, RemoteSubnetNames = { "app", "cache" } });
    }

    private static VirtualNetwork Network(ResourceGroup rg, string name, string prefix, string subnet, string subnetPrefix) =>
        new VirtualNetwork(name, new VirtualNetworkArgs
        {
            ResourceGroupName = rg.Name,
            AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { prefix } },
            Subnets = { new Inputs.SubnetArgs { Name = subnet, AddressPrefix = subnetPrefix } },
        });
}
