// closed-world
using Pulumi;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

// Under a closed world, the spoke offers a gateway it does not have; the hub has one. The third VNet's gateway names a
// subnet the analysis cannot place (from an Apply), so it may be the third VNet's: silent.
class HubStack : Stack
{
    public HubStack()
    {
        var rg = new ResourceGroup("network");
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.0.0.0/16" } } });
        var spoke = new VirtualNetwork("spoke", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.1.0.0/16" } } });
        var hubGateway = new Subnet("hub-gateway-subnet", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, SubnetName = "GatewaySubnet", AddressPrefix = "10.0.255.0/27" });
        new VirtualNetworkGateway("hub-vpn", new() { ResourceGroupName = rg.Name, IpConfigurations = { new Inputs.VirtualNetworkGatewayIPConfigurationArgs { Subnet = new Inputs.SubResourceArgs { Id = hubGateway.Id } } } });
        new VirtualNetworkPeering("hub-to-spoke", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke.Id }, AllowGatewayTransit = true });
        new VirtualNetworkPeering("spoke-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id }, {|PEER107:AllowGatewayTransit = true|} });
    }
}

class OtherStack : Stack
{
    public OtherStack()
    {
        var rg = new ResourceGroup("other-network");
        var third = new VirtualNetwork("third", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.5.0.0/16" } } });
        var fourth = new VirtualNetwork("fourth", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.6.0.0/16" } } });
        new VirtualNetworkGateway("third-vpn", new() { ResourceGroupName = rg.Name, IpConfigurations = { new Inputs.VirtualNetworkGatewayIPConfigurationArgs { Subnet = new Inputs.SubResourceArgs { Id = third.Subnets.Apply(subnets => subnets[0].Id!) } } } });
        new VirtualNetworkPeering("third-to-fourth", new() { ResourceGroupName = rg.Name, VirtualNetworkName = third.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = fourth.Id }, AllowGatewayTransit = true });
        new VirtualNetworkPeering("fourth-to-third", new() { ResourceGroupName = rg.Name, VirtualNetworkName = fourth.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = third.Id } });
    }
}
