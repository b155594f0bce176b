using Pulumi;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

// The hub and the spoke overlap (10.0.0.0/16 holds 10.0.8.0/24); the second spoke is apart, and a VNet whose prefix
// comes from configuration stays unknown.
return await Pulumi.Deployment.RunAsync(() =>
{
    var config = new Config();
    var rg = new ResourceGroup("network");
    var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.0.0.0/16" } } });
    var spoke = new VirtualNetwork("spoke", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.0.8.0/24" } } });
    var apart = new VirtualNetwork("apart", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.2.0.0/16" } } });
    var configured = new VirtualNetwork("configured", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { config.Require("prefix") } } });
    new VirtualNetworkPeering("hub-to-spoke", {|PEER201:new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke.Id } }|});
    new VirtualNetworkPeering("spoke-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id } });
    new VirtualNetworkPeering("hub-to-apart", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = apart.Id } });
    new VirtualNetworkPeering("apart-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = apart.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id } });
    new VirtualNetworkPeering("hub-to-configured", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = configured.Id } });
    new VirtualNetworkPeering("configured-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = configured.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id } });
});
