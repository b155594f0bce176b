// ignore: PEER301
using Pulumi;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

// DoNotVerifyRemoteGateways does not skip the check that the remote gateway exists; false, or unset, is fine.
class HubStack : Stack
{
    public HubStack()
    {
        var rg = new ResourceGroup("network");
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.0.0.0/16" } } });
        var spoke = new VirtualNetwork("spoke", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.1.0.0/16" } } });
        new VirtualNetworkPeering("hub-to-spoke", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke.Id }, AllowGatewayTransit = true, DoNotVerifyRemoteGateways = false });
        new VirtualNetworkPeering("spoke-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id }, UseRemoteGateways = true, {|PEER109:DoNotVerifyRemoteGateways = true|} });
    }
}
