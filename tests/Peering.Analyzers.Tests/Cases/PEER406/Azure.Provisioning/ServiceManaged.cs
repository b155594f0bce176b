using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// Properties Azure computes, set in the initializer and afterwards; the settings a peering owns are fine.
class Network
{
    static void Build(Infrastructure infra, VirtualNetwork hub, VirtualNetwork spoke)
    {
        var peering = new VirtualNetworkPeering("hubToSpoke")
        {
            Parent = hub,
            RemoteVirtualNetworkId = spoke.Id,
            {|PEER406:PeeringState = VirtualNetworkPeeringState.Connected|},
            {|PEER406:RemoteAddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.1.0.0/16" } }|},
            AllowForwardedTraffic = true,
        };
        {|PEER406:peering.PeeringSyncLevel = VirtualNetworkPeeringLevel.FullyInSync|};
        infra.Add(peering);
    }
}
