using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// DoNotVerifyRemoteGateways with UseRemoteGateways skips nothing; without UseRemoteGateways, or with either flag a
// deployment parameter, there is nothing to say.
class Network
{
    static void Build(Infrastructure infra, VirtualNetwork hub, VirtualNetwork spoke, VirtualNetwork other, VirtualNetwork third)
    {
        var skip = new ProvisioningParameter("skip", typeof(bool));
        infra.Add(new VirtualNetworkPeering("spokeToHub") { Parent = spoke, RemoteVirtualNetworkId = hub.Id, UseRemoteGateways = true, {|PEER109:DoNotVerifyRemoteGateways = true|} });
        infra.Add(new VirtualNetworkPeering("otherToHub") { Parent = other, RemoteVirtualNetworkId = hub.Id, UseRemoteGateways = true, DoNotVerifyRemoteGateways = skip });
        infra.Add(new VirtualNetworkPeering("thirdToHub") { Parent = third, RemoteVirtualNetworkId = hub.Id, DoNotVerifyRemoteGateways = true });
        infra.Add(new VirtualNetworkPeering("hubToSpoke") { Parent = hub, RemoteVirtualNetworkId = spoke.Id, AllowGatewayTransit = true, UseRemoteGateways = false, DoNotVerifyRemoteGateways = true });
    }
}
