using Pulumi;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

// 51 peerings of one VNet, declared through a helper: over the 50 the 2017-10 profile allows, within the 500 of today.
class HubStack : Stack
{
    public HubStack()
    {
        var rg = new ResourceGroup("network");
        var hub = new VirtualNetwork("hub", new() { ResourceGroupName = rg.Name, Location = "westeurope", AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.0.0.0/16" } } });
        Peer(rg, hub, "hub-to-0", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-0");
        Peer(rg, hub, "hub-to-1", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-1");
        Peer(rg, hub, "hub-to-2", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-2");
        Peer(rg, hub, "hub-to-3", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-3");
        Peer(rg, hub, "hub-to-4", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-4");
        Peer(rg, hub, "hub-to-5", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-5");
        Peer(rg, hub, "hub-to-6", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-6");
        Peer(rg, hub, "hub-to-7", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-7");
        Peer(rg, hub, "hub-to-8", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-8");
        Peer(rg, hub, "hub-to-9", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-9");
        Peer(rg, hub, "hub-to-10", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-10");
        Peer(rg, hub, "hub-to-11", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-11");
        Peer(rg, hub, "hub-to-12", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-12");
        Peer(rg, hub, "hub-to-13", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-13");
        Peer(rg, hub, "hub-to-14", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-14");
        Peer(rg, hub, "hub-to-15", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-15");
        Peer(rg, hub, "hub-to-16", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-16");
        Peer(rg, hub, "hub-to-17", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-17");
        Peer(rg, hub, "hub-to-18", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-18");
        Peer(rg, hub, "hub-to-19", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-19");
        Peer(rg, hub, "hub-to-20", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-20");
        Peer(rg, hub, "hub-to-21", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-21");
        Peer(rg, hub, "hub-to-22", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-22");
        Peer(rg, hub, "hub-to-23", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-23");
        Peer(rg, hub, "hub-to-24", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-24");
        Peer(rg, hub, "hub-to-25", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-25");
        Peer(rg, hub, "hub-to-26", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-26");
        Peer(rg, hub, "hub-to-27", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-27");
        Peer(rg, hub, "hub-to-28", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-28");
        Peer(rg, hub, "hub-to-29", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-29");
        Peer(rg, hub, "hub-to-30", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-30");
        Peer(rg, hub, "hub-to-31", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-31");
        Peer(rg, hub, "hub-to-32", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-32");
        Peer(rg, hub, "hub-to-33", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-33");
        Peer(rg, hub, "hub-to-34", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-34");
        Peer(rg, hub, "hub-to-35", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-35");
        Peer(rg, hub, "hub-to-36", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-36");
        Peer(rg, hub, "hub-to-37", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-37");
        Peer(rg, hub, "hub-to-38", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-38");
        Peer(rg, hub, "hub-to-39", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-39");
        Peer(rg, hub, "hub-to-40", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-40");
        Peer(rg, hub, "hub-to-41", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-41");
        Peer(rg, hub, "hub-to-42", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-42");
        Peer(rg, hub, "hub-to-43", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-43");
        Peer(rg, hub, "hub-to-44", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-44");
        Peer(rg, hub, "hub-to-45", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-45");
        Peer(rg, hub, "hub-to-46", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-46");
        Peer(rg, hub, "hub-to-47", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-47");
        Peer(rg, hub, "hub-to-48", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-48");
        Peer(rg, hub, "hub-to-49", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-49");
        new VirtualNetworkPeering("hub-to-50", {|PEER501@2017-10:new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, VirtualNetworkPeeringName = "hub-to-50", RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spokes/providers/Microsoft.Network/virtualNetworks/spoke-50" } }|});
    }

    private static void Peer(ResourceGroup rg, VirtualNetwork hub, string name, string remoteId) =>
        new VirtualNetworkPeering(name, new() { ResourceGroupName = rg.Name, VirtualNetworkName = hub.Name, VirtualNetworkPeeringName = name, RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = remoteId } });
}
