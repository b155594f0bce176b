using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// Two spokes of one hub with the same address space; a third spoke that does not overlap.
class Network
{
    static void Build(Infrastructure infra)
    {
        var hub = new VirtualNetwork("hub") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.0.0.0/16" } } };
        var one = new VirtualNetwork("one") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.1.0.0/16" } } };
        var two = new VirtualNetwork("two") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.1.0.0/16" } } };
        var three = new VirtualNetwork("three") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.3.0.0/16" } } };
        foreach (var network in new[] { hub, one, two, three })
        {
            infra.Add(network);
        }

        infra.Add(new VirtualNetworkPeering("hubToOne") { Parent = hub, RemoteVirtualNetworkId = one.Id });
        infra.Add(new VirtualNetworkPeering("oneToHub") { Parent = one, RemoteVirtualNetworkId = hub.Id });
        infra.Add({|PEER202:new VirtualNetworkPeering("hubToTwo") { Parent = hub, RemoteVirtualNetworkId = two.Id }|});
        infra.Add(new VirtualNetworkPeering("twoToHub") { Parent = two, RemoteVirtualNetworkId = hub.Id });
        infra.Add(new VirtualNetworkPeering("hubToThree") { Parent = hub, RemoteVirtualNetworkId = three.Id });
        infra.Add(new VirtualNetworkPeering("threeToHub") { Parent = three, RemoteVirtualNetworkId = hub.Id });
    }
}
