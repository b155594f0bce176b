using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// The hub's peering to the spoke has no peering back here, but spokes declared in a loop over configuration peer
// with the hub too: the analysis cannot tell which VNets they are, so it calls nothing missing.
class Network
{
    static void Build(Infrastructure infra, string[] configuredSpokes)
    {
        var hub = new VirtualNetwork("hub") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.0.0.0/16" } } };
        var spoke = new VirtualNetwork("spoke") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.1.0.0/16" } } };
        infra.Add(hub);
        infra.Add(spoke);
        infra.Add(new VirtualNetworkPeering("hubToSpoke") { Parent = hub, RemoteVirtualNetworkId = spoke.Id });
        foreach (var name in configuredSpokes)
        {
            var configured = new VirtualNetwork(name) { Location = AzureLocation.WestEurope };
            infra.Add(configured);
            infra.Add(new VirtualNetworkPeering(name + "ToHub") { Parent = configured, RemoteVirtualNetworkId = hub.Id });
        }
    }
}
