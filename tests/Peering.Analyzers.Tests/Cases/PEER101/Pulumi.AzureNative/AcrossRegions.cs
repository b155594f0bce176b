// ignore: PEER503
using Pulumi;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

// A Deployment.RunAsync program: the spoke in East US uses the gateway of the hub in West Europe, which the 2017-10
// profile does not allow (info today). A spoke in the hub's region is fine; one whose region comes from the stack's
// configuration stays unknown.
return await Pulumi.Deployment.RunAsync(() =>
{
    var config = new Config();
    var rg = new ResourceGroup("network");
    var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.0.0.0/16" } } });
    var east = new VirtualNetwork("east", new() { ResourceGroupName = rg.Name, Location = "East US", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.1.0.0/16" } } });
    var near = new VirtualNetwork("near", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.2.0.0/16" } } });
    var elsewhere = new VirtualNetwork("elsewhere", new() { ResourceGroupName = rg.Name, Location = config.Require("region"), AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.3.0.0/16" } } });
    new VirtualNetworkPeering("hub-to-east", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = east.Id }, AllowGatewayTransit = true });
    new VirtualNetworkPeering("hub-to-near", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = near.Id }, AllowGatewayTransit = true });
    new VirtualNetworkPeering("hub-to-elsewhere", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = elsewhere.Id }, AllowGatewayTransit = true });
    new VirtualNetworkPeering("east-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = east.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id }, {|PEER101:UseRemoteGateways = true|} });
    new VirtualNetworkPeering("near-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = near.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id }, UseRemoteGateways = true });
    new VirtualNetworkPeering("elsewhere-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = elsewhere.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id }, UseRemoteGateways = true });
});
