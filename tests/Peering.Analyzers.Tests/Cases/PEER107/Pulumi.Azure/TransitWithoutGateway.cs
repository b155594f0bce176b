// closed-world
using Pulumi;
using Pulumi.Azure.Core;
using Pulumi.Azure.Network;
using Pulumi.Azure.Network.Inputs;

// Under a closed world, the spoke offers a gateway it does not have; the hub has one.
class NetworkStack : Stack
{
    public NetworkStack()
    {
        var config = new Config();
        var rg = new ResourceGroup("network", new ResourceGroupArgs { Name = "network-rg", Location = "westeurope" });
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.0.0.0/16" } });
        var spoke = new VirtualNetwork("spoke", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.1.0.0/16" } });
        var hubGateway = new Subnet("hub-gateway-subnet", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, Name = "GatewaySubnet", AddressPrefixes = { "10.0.255.0/27" } });
        new VirtualNetworkGateway("hub-vpn", new() { ResourceGroupName = rg.Name, Type = "Vpn", Sku = "VpnGw1", IpConfigurations = { new VirtualNetworkGatewayIpConfigurationArgs { SubnetId = hubGateway.Id } } });
        new VirtualNetworkPeering("hub-to-spoke", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = spoke.Id, AllowGatewayTransit = true });
        new VirtualNetworkPeering("spoke-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, RemoteVirtualNetworkId = hub.Id, {|PEER107:AllowGatewayTransit = true|} });
    }
}
