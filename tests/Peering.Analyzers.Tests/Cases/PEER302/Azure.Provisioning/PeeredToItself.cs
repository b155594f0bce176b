using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// A VNet peered to itself, through Parent and through its inline peerings; a VNet handed to a helper that peers it
// with itself; peerings to other VNets are fine.
class Network
{
    static VirtualNetworkPeering Loop(VirtualNetwork network) =>
        new VirtualNetworkPeering("loop") { Parent = network, RemoteVirtualNetworkId = {|PEER302:network.Id|} };

    static void Build(Infrastructure infra, VirtualNetwork spoke)
    {
        var hub = new VirtualNetwork("hub") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.0.0.0/16" } } };
        infra.Add(hub);
        infra.Add(new VirtualNetworkPeering("hubToHub") { Parent = hub, RemoteVirtualNetworkId = {|PEER302:hub.Id|} });
        hub.VirtualNetworkPeerings.Add(new VirtualNetworkPeering("inlineToHub") { RemoteVirtualNetworkId = {|PEER302:hub.Id|} });
        infra.Add(new VirtualNetworkPeering("hubToSpoke") { Parent = hub, RemoteVirtualNetworkId = spoke.Id });
        infra.Add(Loop(spoke));
    }
}
