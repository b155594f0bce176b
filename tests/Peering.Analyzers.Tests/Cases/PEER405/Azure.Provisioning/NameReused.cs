using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// The hub names both of its peerings "hub-to-spoke", so the second deployment re-points the first; names derived from
// the spoke are distinct.
class Network
{
    static void Build(Infrastructure infra)
    {
        var hub = new VirtualNetwork("hub") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.0.0.0/16" } } };
        var one = new VirtualNetwork("spoke1") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.1.0.0/16" } } };
        var two = new VirtualNetwork("spoke2") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.2.0.0/16" } } };
        foreach (var network in new[] { hub, one, two })
        {
            infra.Add(network);
        }

        foreach (var (spoke, name) in new[] { (one, "spoke1"), (two, "spoke2") })
        {
            infra.Add(new VirtualNetworkPeering("hubTo" + name) { Parent = hub, RemoteVirtualNetworkId = spoke.Id, Name = {|PEER405:"hub-to-spoke"|} });
            infra.Add(new VirtualNetworkPeering(name + "ToHub") { Parent = spoke, RemoteVirtualNetworkId = hub.Id, Name = $"{name}-to-hub" });
        }
    }
}
