using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// A peering that blocks virtual network access; one that allows it; one where it is a deployment parameter.
class Network
{
    static void Build(Infrastructure infra, VirtualNetwork hub, VirtualNetwork spoke, VirtualNetwork other)
    {
        var isolate = new ProvisioningParameter("allowAccess", typeof(bool));
        infra.Add(new VirtualNetworkPeering("hubToSpoke") { Parent = hub, RemoteVirtualNetworkId = spoke.Id, {|PEER304:AllowVirtualNetworkAccess = false|} });
        infra.Add(new VirtualNetworkPeering("spokeToHub") { Parent = spoke, RemoteVirtualNetworkId = hub.Id, AllowVirtualNetworkAccess = true });
        infra.Add(new VirtualNetworkPeering("otherToHub") { Parent = other, RemoteVirtualNetworkId = hub.Id, AllowVirtualNetworkAccess = isolate });
    }
}
