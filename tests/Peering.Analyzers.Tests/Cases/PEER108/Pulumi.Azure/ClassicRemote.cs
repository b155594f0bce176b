// ignore: PEER301
using Pulumi;
using Pulumi.Azure.Core;
using Pulumi.Azure.Network;
using Pulumi.Azure.Network.Inputs;

// Gateway transit with a classic VNet, named by its id: the Resource Manager side may only offer its own gateway.
class NetworkStack : Stack
{
    public NetworkStack()
    {
        var config = new Config();
        var rg = new ResourceGroup("network", new ResourceGroupArgs { Name = "network-rg", Location = "westeurope" });
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpaces = { "10.0.0.0/16" } });
        new VirtualNetworkPeering("hub-to-legacy", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/old/providers/Microsoft.ClassicNetwork/virtualNetworks/legacy", {|PEER108:UseRemoteGateways = true|} });
        new VirtualNetworkPeering("hub-to-legacy2", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetworkId = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/old/providers/Microsoft.ClassicNetwork/virtualNetworks/legacy2", {|PEER108@2017-10:AllowGatewayTransit = true|} });
    }
}
