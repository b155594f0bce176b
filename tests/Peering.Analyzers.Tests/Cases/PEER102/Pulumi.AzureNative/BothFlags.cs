// ignore: PEER301
using Pulumi;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

// A peering resource that both offers this VNet's gateway and uses the remote one's; one that only offers it is fine,
// and a flag taken from the stack's configuration stays unknown.
class HubStack : Stack
{
    public HubStack()
    {
        var config = new Config();
        var rg = new ResourceGroup("network");
        var hub = new VirtualNetwork("hub", new VirtualNetworkArgs
        {
            ResourceGroupName = rg.Name,
            Location = "westeurope",
            AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.0.0.0/16" } },
        });
        var spoke = new VirtualNetwork("spoke", new VirtualNetworkArgs
        {
            ResourceGroupName = rg.Name,
            Location = "westeurope",
            AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.1.0.0/16" } },
        });
        new VirtualNetworkPeering("hub-to-spoke", new VirtualNetworkPeeringArgs
        {
            ResourceGroupName = rg.Name,
            VirtualNetworkName = hub.Name,
            RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke.Id },
            AllowGatewayTransit = true,
            {|PEER102:UseRemoteGateways = true|},
        });
        new VirtualNetworkPeering("spoke-to-hub", new()
        {
            ResourceGroupName = rg.Name,
            VirtualNetworkName = spoke.Name,
            RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id },
            AllowGatewayTransit = true,
            UseRemoteGateways = config.GetBoolean("useHubGateway") ?? false,
        });
    }
}
