// ignore: PEER301
using Pulumi;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

// Gateway transit with a classic VNet, named by its id: the Resource Manager side may only offer its own gateway.
class HubStack : Stack
{
    public HubStack()
    {
        var rg = new ResourceGroup("network");
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.0.0.0/16" } } });
        new VirtualNetworkPeering("hub-to-legacy", new()
        {
            ResourceGroupName = rg.Name,
            VirtualNetworkName = hub.Name,
            RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/old/providers/Microsoft.ClassicNetwork/virtualNetworks/legacy" },
            {|PEER108:UseRemoteGateways = true|},
        });
        new VirtualNetworkPeering("hub-to-legacy-transit", new()
        {
            ResourceGroupName = rg.Name,
            VirtualNetworkName = hub.Name,
            RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/old/providers/Microsoft.ClassicNetwork/virtualNetworks/legacy2" },
            {|PEER108@2017-10:AllowGatewayTransit = true|},
        });
        new VirtualNetworkPeering("hub-to-legacy-maybe", new()
        {
            ResourceGroupName = rg.Name,
            VirtualNetworkName = hub.Name,
            RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/old/providers/Microsoft.ClassicNetwork/virtualNetworks/legacy3" },
            UseRemoteGateways = new Config().GetBoolean("useLegacyGateway") ?? false,
        });
    }
}
