using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// The spoke uses remote gateways through two peerings; the hub through none; a third peering's flag is a parameter.
class Network
{
    static void Build(Infrastructure infra)
    {
        var useGateway = new ProvisioningParameter("useGateway", typeof(bool));
        var hub = new VirtualNetwork("hub") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.0.0.0/16" } } };
        var spoke = new VirtualNetwork("spoke") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.1.0.0/16" } } };
        var other = new VirtualNetwork("other") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.2.0.0/16" } } };
        var third = new VirtualNetwork("third") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.3.0.0/16" } } };
        foreach (var network in new[] { hub, spoke, other, third })
        {
            infra.Add(network);
        }

        infra.Add(new VirtualNetworkPeering("spokeToHub") { Parent = spoke, RemoteVirtualNetworkId = hub.Id, UseRemoteGateways = true });
        infra.Add(new VirtualNetworkPeering("spokeToOther") { Parent = spoke, RemoteVirtualNetworkId = other.Id, {|PEER106:UseRemoteGateways = true|} });
        infra.Add(new VirtualNetworkPeering("spokeToThird") { Parent = spoke, RemoteVirtualNetworkId = third.Id, UseRemoteGateways = useGateway });
        infra.Add(new VirtualNetworkPeering("hubToSpoke") { Parent = hub, RemoteVirtualNetworkId = spoke.Id, AllowGatewayTransit = true });
        infra.Add(new VirtualNetworkPeering("otherToSpoke") { Parent = other, RemoteVirtualNetworkId = spoke.Id, AllowGatewayTransit = true });
        infra.Add(new VirtualNetworkPeering("thirdToSpoke") { Parent = third, RemoteVirtualNetworkId = spoke.Id, AllowGatewayTransit = true });
    }
}
