using Pulumi;
using Pulumi.Azure.Core;
using Pulumi.Azure.Network;
using Pulumi.Azure.Network.Inputs;

// The branch has its own VPN gateway in its GatewaySubnet (a Subnet resource) and is told to use the hub's too.
class NetworkStack : Stack
{
    public NetworkStack()
    {
        var config = new Config();
        var rg = new ResourceGroup("network", new ResourceGroupArgs { Name = "network-rg", Location = "westeurope" });
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.0.0.0/16" } });
        var branch = new VirtualNetwork("branch", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.1.0.0/16" } });
        var branchGatewaySubnet = new Subnet("branch-gateway-subnet", new SubnetArgs { ResourceGroupName = rg.Name, VirtualNetworkName = branch.Name, Name = "GatewaySubnet", AddressPrefixes = { "10.1.255.0/27" } });
        new VirtualNetworkGateway("branch-vpn", new VirtualNetworkGatewayArgs { ResourceGroupName = rg.Name, Type = "Vpn", Sku = "VpnGw1", IpConfigurations = { new VirtualNetworkGatewayIpConfigurationArgs { SubnetId = branchGatewaySubnet.Id } } });
        new VirtualNetworkGateway("hub-vpn", new VirtualNetworkGatewayArgs { ResourceGroupName = rg.Name, Type = "Vpn", Sku = "VpnGw1", IpConfigurations = { new VirtualNetworkGatewayIpConfigurationArgs { SubnetId = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/network-rg/providers/Microsoft.Network/virtualNetworks/hub-vnet/subnets/GatewaySubnet" } } });
        new VirtualNetworkPeering("hub-to-branch", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = branch.Id, AllowGatewayTransit = true });
        new VirtualNetworkPeering("branch-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = branch.Name, RemoteVirtualNetworkId = hub.Id, {|PEER105:UseRemoteGateways = true|} });
    }
}
