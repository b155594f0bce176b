using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// A peering with no remote VNet, or whose remote is cleared; a remote that is a deployment parameter, or set in a branch,
// may be there.
class Network
{
    static void Build(Infrastructure infra, VirtualNetwork hub, VirtualNetwork spoke, VirtualNetwork other, bool peer)
    {
        var remoteId = new ProvisioningParameter("remoteId", typeof(string));
        infra.Add({|PEER401:new VirtualNetworkPeering("hubToNowhere") { Parent = hub, AllowVirtualNetworkAccess = true }|});
        var cleared = new VirtualNetworkPeering("spokeToNull") { Parent = spoke };
        cleared.RemoteVirtualNetworkId = {|PEER401:null|};
        infra.Add(cleared);
        infra.Add(new VirtualNetworkPeering("otherToConfigured") { Parent = other, RemoteVirtualNetworkId = remoteId });
        var maybe = new VirtualNetworkPeering("hubToMaybe") { Parent = hub };
        if (peer)
        {
            maybe.RemoteVirtualNetworkId = spoke.Id;
        }

        infra.Add(maybe);
    }
}
