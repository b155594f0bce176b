using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// The spoke uses the hub's gateway, but the hub's peering back does not allow transit; a second spoke is fine; a third
// spoke's peering back allows transit only by a deployment parameter.
class Network
{
    static VirtualNetwork Vnet(string identifier, string prefix) => new VirtualNetwork(identifier)
    {
        Location = AzureLocation.WestEurope,
        AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { prefix } },
    };

    static void Build(Infrastructure infra)
    {
        var transit = new ProvisioningParameter("transit", typeof(bool));
        var hub = Vnet("hub", "10.0.0.0/16");
        var spoke = Vnet("spoke", "10.1.0.0/16");
        var other = Vnet("other", "10.2.0.0/16");
        var third = Vnet("third", "10.3.0.0/16");
        foreach (var network in new[] { hub, spoke, other, third })
        {
            infra.Add(network);
        }

        infra.Add(new VirtualNetworkPeering("hubToSpoke") { Parent = hub, RemoteVirtualNetworkId = spoke.Id });
        infra.Add(new VirtualNetworkPeering("spokeToHub") { Parent = spoke, RemoteVirtualNetworkId = hub.Id, {|PEER104:UseRemoteGateways = true|} });
        infra.Add(new VirtualNetworkPeering("hubToOther") { Parent = hub, RemoteVirtualNetworkId = other.Id, AllowGatewayTransit = true });
        infra.Add(new VirtualNetworkPeering("otherToHub") { Parent = other, RemoteVirtualNetworkId = hub.Id, UseRemoteGateways = true });
        infra.Add(new VirtualNetworkPeering("hubToThird") { Parent = hub, RemoteVirtualNetworkId = third.Id, AllowGatewayTransit = transit });
        infra.Add(new VirtualNetworkPeering("thirdToHub") { Parent = third, RemoteVirtualNetworkId = hub.Id, UseRemoteGateways = true });
    }
}
