// ignore: PEER301
using Pulumi;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

// Under the 2017-10 profile, global peering was in preview only in three regions: West Europe to East US is outside it,
// West US 2 to Canada Central inside it; a region from configuration is unknown.
return await Pulumi.Deployment.RunAsync(() =>
{
    var rg = new ResourceGroup("network");
    var europe = new VirtualNetwork("europe", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.0.0.0/16" } } });
    var us = new VirtualNetwork("us", new() { ResourceGroupName = rg.Name, Location = "eastus", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.1.0.0/16" } } });
    var west = new VirtualNetwork("west", new() { ResourceGroupName = rg.Name, Location = "westus2", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.2.0.0/16" } } });
    var canada = new VirtualNetwork("canada", new() { ResourceGroupName = rg.Name, Location = "canadacentral", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.3.0.0/16" } } });
    new VirtualNetworkPeering("europe-to-us", {|PEER503@2017-10:new() { ResourceGroupName = rg.Name, VirtualNetworkName = europe.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = us.Id } }|});
    new VirtualNetworkPeering("west-to-canada", new() { ResourceGroupName = rg.Name, VirtualNetworkName = west.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = canada.Id } });
    var configured = new VirtualNetwork("configured", new() { ResourceGroupName = rg.Name, Location = new Config().Require("region"), AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.4.0.0/16" } } });
    new VirtualNetworkPeering("europe-to-configured", new() { ResourceGroupName = rg.Name, VirtualNetworkName = europe.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = configured.Id } });
});
