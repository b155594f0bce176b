using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// 51 peerings of one VNet, built by a helper: over the 50 the 2017-10 profile allows, within the 500 of today.
class Network
{
    static void Peer(Infrastructure infra, VirtualNetwork hub, string spoke) =>
        infra.Add({|PEER501@2017-10:new VirtualNetworkPeering("hubTo" + spoke) { Parent = hub, RemoteVirtualNetworkId = new ResourceIdentifier("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/" + spoke) }|});

    static void Build(Infrastructure infra)
    {
        var hub = new VirtualNetwork("hub") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.0.0.0/16" } } };
        infra.Add(hub);
        Peer(infra, hub, "spoke0");
        Peer(infra, hub, "spoke1");
        Peer(infra, hub, "spoke2");
        Peer(infra, hub, "spoke3");
        Peer(infra, hub, "spoke4");
        Peer(infra, hub, "spoke5");
        Peer(infra, hub, "spoke6");
        Peer(infra, hub, "spoke7");
        Peer(infra, hub, "spoke8");
        Peer(infra, hub, "spoke9");
        Peer(infra, hub, "spoke10");
        Peer(infra, hub, "spoke11");
        Peer(infra, hub, "spoke12");
        Peer(infra, hub, "spoke13");
        Peer(infra, hub, "spoke14");
        Peer(infra, hub, "spoke15");
        Peer(infra, hub, "spoke16");
        Peer(infra, hub, "spoke17");
        Peer(infra, hub, "spoke18");
        Peer(infra, hub, "spoke19");
        Peer(infra, hub, "spoke20");
        Peer(infra, hub, "spoke21");
        Peer(infra, hub, "spoke22");
        Peer(infra, hub, "spoke23");
        Peer(infra, hub, "spoke24");
        Peer(infra, hub, "spoke25");
        Peer(infra, hub, "spoke26");
        Peer(infra, hub, "spoke27");
        Peer(infra, hub, "spoke28");
        Peer(infra, hub, "spoke29");
        Peer(infra, hub, "spoke30");
        Peer(infra, hub, "spoke31");
        Peer(infra, hub, "spoke32");
        Peer(infra, hub, "spoke33");
        Peer(infra, hub, "spoke34");
        Peer(infra, hub, "spoke35");
        Peer(infra, hub, "spoke36");
        Peer(infra, hub, "spoke37");
        Peer(infra, hub, "spoke38");
        Peer(infra, hub, "spoke39");
        Peer(infra, hub, "spoke40");
        Peer(infra, hub, "spoke41");
        Peer(infra, hub, "spoke42");
        Peer(infra, hub, "spoke43");
        Peer(infra, hub, "spoke44");
        Peer(infra, hub, "spoke45");
        Peer(infra, hub, "spoke46");
        Peer(infra, hub, "spoke47");
        Peer(infra, hub, "spoke48");
        Peer(infra, hub, "spoke49");
        Peer(infra, hub, "spoke50");
    }
}
