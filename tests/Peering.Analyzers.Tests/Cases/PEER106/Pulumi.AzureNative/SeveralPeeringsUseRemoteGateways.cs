using Pulumi;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

// The spoke uses remote gateways over two peerings; the other spoke over one known and one from configuration.
class HubStack : Stack
{
    public HubStack()
    {
        var config = new Config();
        var rg = new ResourceGroup("network");
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.0.0.0/16" } } });
        var hub2 = new VirtualNetwork("hub2", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.1.0.0/16" } } });
        var spoke = new VirtualNetwork("spoke", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.2.0.0/16" } } });
        var other = new VirtualNetwork("other", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.3.0.0/16" } } });
        new VirtualNetworkPeering("hub-to-spoke", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke.Id }, AllowGatewayTransit = true });
        new VirtualNetworkPeering("hub2-to-spoke", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub2.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke.Id }, AllowGatewayTransit = true });
        new VirtualNetworkPeering("hub-to-other", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = other.Id }, AllowGatewayTransit = true });
        new VirtualNetworkPeering("spoke-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id }, UseRemoteGateways = true });
        new VirtualNetworkPeering("spoke-to-hub2", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub2.Id }, {|PEER106:UseRemoteGateways = true|} });
        new VirtualNetworkPeering("other-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = other.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id }, UseRemoteGateways = true });
        new VirtualNetworkPeering("hub2-to-other", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub2.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = other.Id }, AllowGatewayTransit = true });
        new VirtualNetworkPeering("other-to-hub2", new() { ResourceGroupName = rg.Name, VirtualNetworkName = other.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub2.Id }, UseRemoteGateways = config.RequireBoolean("secondHub") });
    }
}
