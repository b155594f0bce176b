using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// Two peerings of the hub, named apart, point at the spoke, one of them inline; one to another VNet, and one whose remote
// is a deployment parameter, do not.
class Network
{
    static void Build(Infrastructure infra)
    {
        var remoteId = new ProvisioningParameter("remoteId", typeof(string));
        var spoke = new VirtualNetwork("spoke") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.1.0.0/16" } } };
        var other = new VirtualNetwork("other") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.2.0.0/16" } } };
        var hub = new VirtualNetwork("hub")
        {
            Location = AzureLocation.WestEurope,
            AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.0.0.0/16" } },
            VirtualNetworkPeerings = { new VirtualNetworkPeering("hubToSpoke") { Name = "hub-to-spoke", RemoteVirtualNetworkId = spoke.Id } },
        };
        foreach (var network in new[] { hub, spoke, other })
        {
            infra.Add(network);
        }

        infra.Add({|PEER303:new VirtualNetworkPeering("hubToSpokeAgain") { Parent = hub, Name = "hub-to-spoke-again", RemoteVirtualNetworkId = spoke.Id }|});
        infra.Add(new VirtualNetworkPeering("hubToOther") { Parent = hub, RemoteVirtualNetworkId = other.Id });
        infra.Add(new VirtualNetworkPeering("hubToConfigured") { Parent = hub, RemoteVirtualNetworkId = remoteId });
        infra.Add(new VirtualNetworkPeering("spokeToHub") { Parent = spoke, RemoteVirtualNetworkId = hub.Id });
        infra.Add(new VirtualNetworkPeering("otherToHub") { Parent = other, RemoteVirtualNetworkId = hub.Id });
    }
}
