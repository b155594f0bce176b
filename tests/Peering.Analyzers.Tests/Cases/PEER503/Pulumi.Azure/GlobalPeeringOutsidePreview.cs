// ignore: PEER301
using Pulumi;
using Pulumi.Azure.Core;
using Pulumi.Azure.Network;
using Pulumi.Azure.Network.Inputs;

// Under the 2017-10 profile, global peering was in preview only in three regions: West Europe to East US is outside
// it, West US 2 to Canada Central inside it.
class NetworkStack : Stack
{
    public NetworkStack()
    {
        var config = new Config();
        var rg = new ResourceGroup("network", new ResourceGroupArgs { Name = "network-rg", Location = "westeurope" });
        var europe = new VirtualNetwork("europe", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.0.0.0/16" } });
        var us = new VirtualNetwork("us", new() { ResourceGroupName = rg.Name, Location = "eastus", AddressSpaces = { "10.1.0.0/16" } });
        var west = new VirtualNetwork("west", new() { ResourceGroupName = rg.Name, Location = "westus2", AddressSpaces = { "10.2.0.0/16" } });
        var canada = new VirtualNetwork("canada", new() { ResourceGroupName = rg.Name, Location = "canadacentral", AddressSpaces = { "10.3.0.0/16" } });
        new VirtualNetworkPeering("europe-to-us", {|PEER503@2017-10:new() { ResourceGroupName = rg.Name, VirtualNetworkName = europe.Name, RemoteVirtualNetworkId = us.Id }|});
        new VirtualNetworkPeering("west-to-canada", new() { ResourceGroupName = rg.Name, VirtualNetworkName = west.Name, RemoteVirtualNetworkId = canada.Id });
    }
}
