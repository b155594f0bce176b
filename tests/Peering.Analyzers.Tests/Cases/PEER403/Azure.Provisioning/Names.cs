using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// Peering names Azure rejects; valid ones; one that is a deployment parameter, and one left to the library (derived
// from the Bicep identifier), are not known.
class Network
{
    const string Prefix = "hub";

    static void Build(Infrastructure infra, VirtualNetwork hub, VirtualNetwork spoke, VirtualNetwork other, VirtualNetwork third)
    {
        var configuredName = new ProvisioningParameter("peeringName", typeof(string));
        infra.Add(new VirtualNetworkPeering("spaces") { Parent = hub, RemoteVirtualNetworkId = spoke.Id, Name = {|PEER403:"hub to spoke!"|} });
        infra.Add(new VirtualNetworkPeering("dash") { Parent = spoke, RemoteVirtualNetworkId = hub.Id, Name = {|PEER403:$"{Prefix}-"|} });
        infra.Add(new VirtualNetworkPeering("valid") { Parent = other, RemoteVirtualNetworkId = hub.Id, Name = "other_to.hub-1" });
        infra.Add(new VirtualNetworkPeering("configured") { Parent = third, RemoteVirtualNetworkId = hub.Id, Name = configuredName });
        infra.Add(new VirtualNetworkPeering("unnamed") { Parent = hub, RemoteVirtualNetworkId = third.Id });
    }
}
