using Pulumi;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

// The peering names its own VNet by the VNet's name in Azure within the resource group; a VNet named by configuration is unknown.
return await Pulumi.Deployment.RunAsync(() =>
{
    var config = new Config();
    var rg = new ResourceGroup("network", new() { ResourceGroupName = "network-rg" });
    var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = "hub-vnet", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.0.0.0/16" } } });
    new VirtualNetworkPeering("loop", new() { ResourceGroupName = "network-rg", VirtualNetworkName = "hub-vnet", VirtualNetworkPeeringName = "loop", RemoteVirtualNetwork = {|PEER302:new Inputs.SubResourceArgs { Id = hub.Id }|} });
    new VirtualNetworkPeering("maybe", new() { ResourceGroupName = rg.Name, VirtualNetworkName = config.Require("vnet"), RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id } });
});
