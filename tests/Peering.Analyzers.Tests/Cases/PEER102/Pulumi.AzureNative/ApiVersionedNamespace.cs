// shape: AzureNativeV2
// ignore: PEER104
using Pulumi;
using Pulumi.AzureNative.Network.V20230201;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.V20230201.Inputs;

// Pulumi.AzureNative 2.x's API-versioned namespaces hold the same resources: both gateway flags on one peering are
// found there too; one flag is fine.
class HubStack : Stack
{
    public HubStack()
    {
        var rg = new ResourceGroup("network");
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.0.0.0/16" } } });
        var spoke = new VirtualNetwork("spoke", new() { ResourceGroupName = rg.Name, AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.1.0.0/16" } } });
        new VirtualNetworkPeering("hub-to-spoke", new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = spoke.Id }, AllowGatewayTransit = true, {|PEER102:UseRemoteGateways = true|} });
        new VirtualNetworkPeering("spoke-to-hub", new() { ResourceGroupName = rg.Name, VirtualNetworkName = spoke.Name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id } });
    }
}
