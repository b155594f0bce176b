// ignore: PEER301
using Pulumi;
using Pulumi.Azure.Core;
using Pulumi.Azure.Network;
using Pulumi.Azure.Network.Inputs;

// Prefixes with host bits set or out of range, in the address space and in subnets; the valid ones, and one from
// configuration, are fine.
class NetworkStack : Stack
{
    public NetworkStack()
    {
        var config = new Config();
        var rg = new ResourceGroup("network", new ResourceGroupArgs { Name = "network-rg", Location = "westeurope" });
        var hub = new VirtualNetwork("hub", new VirtualNetworkArgs
        {
            ResourceGroupName = rg.Name,
            AddressSpaces = { {|PEER204:"10.0.0.1/16"|}, "10.1.0.0/16", config.Require("extra") },
            Subnets = { new VirtualNetworkSubnetArgs { Name = "apps", AddressPrefixes = { "10.0.1.0/24", {|PEER204:"10.0.2.300/24"|} } } },
        });
        new Subnet("gateway", new SubnetArgs { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, Name = "GatewaySubnet", AddressPrefixes = { {|PEER204:"10.0.255.1/27"|} } });
    }
}
