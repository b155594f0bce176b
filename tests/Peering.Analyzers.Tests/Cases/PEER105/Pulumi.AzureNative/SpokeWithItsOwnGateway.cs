using Pulumi;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

// The branch has its own VPN gateway, placed in its GatewaySubnet (a Subnet resource), and is told to use the hub's
// too. The hub's gateway sits in a GatewaySubnet named through Output.Format, which places it as well.
class HubStack : Stack
{
    public HubStack()
    {
        var rg = new ResourceGroup("network");
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.0.0.0/16" } } });
        var branch = new VirtualNetwork("branch", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.1.0.0/16" } } });
        var branchGatewaySubnet = new Subnet("branch-gateway-subnet", new SubnetArgs { ResourceGroupName = rg.Name, VirtualNetworkName = branch.Name, SubnetName = "GatewaySubnet", AddressPrefix = "10.1.255.0/27" });
        new VirtualNetworkGateway("branch-vpn", new VirtualNetworkGatewayArgs
        {
            ResourceGroupName = rg.Name,
            GatewayType = VirtualNetworkGatewayType.Vpn,
            IpConfigurations = { new Inputs.VirtualNetworkGatewayIPConfigurationArgs { Name = "default", Subnet = new Inputs.SubResourceArgs { Id = branchGatewaySubnet.Id } } },
        });
        new VirtualNetworkGateway("hub-vpn", new VirtualNetworkGatewayArgs
        {
            ResourceGroupName = rg.Name,
            GatewayType = "Vpn",
            IpConfigurations = { new Inputs.VirtualNetworkGatewayIPConfigurationArgs { Subnet = new Inputs.SubResourceArgs { Id = Output.Format($"{hub.Id}/subnets/GatewaySubnet") } } },
        });
        new VirtualNetworkPeering("hub-to-branch", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = branch.Id }, AllowGatewayTransit = true });
        new VirtualNetworkPeering("branch-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = branch.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id }, {|PEER105:UseRemoteGateways = true|} });
    }
}
