using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// Both VNets are declared here: a peering without its peering back is known one-sided; a pair with both sides, one of
// them inline in its VNet, is fine.
class Network
{
    static void Build(Infrastructure infra)
    {
        var hub = new VirtualNetwork("hub") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.0.0.0/16" } } };
        var spoke = new VirtualNetwork("spoke") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.1.0.0/16" } } };
        var other = new VirtualNetwork("other")
        {
            Location = AzureLocation.WestEurope,
            AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.2.0.0/16" } },
            VirtualNetworkPeerings = { new VirtualNetworkPeering("otherToHub") { RemoteVirtualNetworkId = hub.Id } },
        };
        infra.Add(hub);
        infra.Add(spoke);
        infra.Add(other);
        infra.Add({|PEER301:new VirtualNetworkPeering("hubToSpoke") { Parent = hub, RemoteVirtualNetworkId = spoke.Id }|});
        infra.Add(new VirtualNetworkPeering("hubToOther") { Parent = hub, RemoteVirtualNetworkId = other.Id });
    }
}
