// ignore: PEER503
using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// The spoke in East US uses the gateway of the hub in West Europe; a spoke in West Europe does the same in its own
// region; a spoke whose region is a deployment parameter is not known to be elsewhere.
class Network
{
    static void Build(Infrastructure infra)
    {
        var region = new ProvisioningParameter("spokeRegion", typeof(string));
        infra.Add(region);
        var hub = new VirtualNetwork("hub") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.0.0.0/16" } } };
        var far = new VirtualNetwork("far") { Location = AzureLocation.EastUS, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.1.0.0/16" } } };
        var near = new VirtualNetwork("near") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.2.0.0/16" } } };
        var configured = new VirtualNetwork("configured") { Location = region, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.3.0.0/16" } } };
        infra.Add(hub);
        infra.Add(far);
        infra.Add(near);
        infra.Add(configured);
        infra.Add(new VirtualNetworkPeering("hubToFar") { Parent = hub, RemoteVirtualNetworkId = far.Id, AllowGatewayTransit = true });
        infra.Add(new VirtualNetworkPeering("farToHub") { Parent = far, RemoteVirtualNetworkId = hub.Id, {|PEER101:UseRemoteGateways = true|} });
        infra.Add(new VirtualNetworkPeering("hubToNear") { Parent = hub, RemoteVirtualNetworkId = near.Id, AllowGatewayTransit = true });
        infra.Add(new VirtualNetworkPeering("nearToHub") { Parent = near, RemoteVirtualNetworkId = hub.Id, UseRemoteGateways = true });
        infra.Add(new VirtualNetworkPeering("hubToConfigured") { Parent = hub, RemoteVirtualNetworkId = configured.Id, AllowGatewayTransit = true });
        infra.Add(new VirtualNetworkPeering("configuredToHub") { Parent = configured, RemoteVirtualNetworkId = hub.Id, UseRemoteGateways = true });
    }
}
