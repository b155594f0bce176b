// ignore: PEER104
using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// A pair where both sides use the other's gateway, inline in each VNet's peerings; a pair where one side offers it; a
// side whose flag is a deployment parameter is not known to use it.
class Network
{
    static void Build(Infrastructure infra)
    {
        var useGateway = new ProvisioningParameter("useGateway", typeof(bool));
        var hub = new VirtualNetwork("hub") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.0.0.0/16" } } };
        var spoke = new VirtualNetwork("spoke") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.1.0.0/16" } } };
        var other = new VirtualNetwork("other") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.2.0.0/16" } } };
        var third = new VirtualNetwork("third") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.3.0.0/16" } } };
        hub.VirtualNetworkPeerings.Add(new VirtualNetworkPeering("hubToSpoke") { RemoteVirtualNetworkId = spoke.Id, UseRemoteGateways = true, AllowGatewayTransit = false });
        spoke.VirtualNetworkPeerings.Add(new VirtualNetworkPeering("spokeToHub") { RemoteVirtualNetworkId = hub.Id, {|PEER103:UseRemoteGateways = true|} });
        infra.Add(new VirtualNetworkPeering("otherToThird") { Parent = other, RemoteVirtualNetworkId = third.Id, AllowGatewayTransit = true });
        infra.Add(new VirtualNetworkPeering("thirdToOther") { Parent = third, RemoteVirtualNetworkId = other.Id, UseRemoteGateways = true });
        infra.Add(new VirtualNetworkPeering("hubToOther") { Parent = hub, RemoteVirtualNetworkId = other.Id, AllowGatewayTransit = true });
        infra.Add(new VirtualNetworkPeering("otherToHub") { Parent = other, RemoteVirtualNetworkId = hub.Id, UseRemoteGateways = useGateway });
        infra.Add(hub);
        infra.Add(spoke);
        infra.Add(other);
        infra.Add(third);
    }
}
