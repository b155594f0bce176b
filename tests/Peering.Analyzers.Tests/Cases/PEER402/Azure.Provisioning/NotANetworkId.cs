using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// Remote ids that are not VNet ids: a subnet's id, as text or from a subnet of the program, and a bare name; a VNet's id
// as text, and a VNet of the program, are fine.
class Network
{
    static void Build(Infrastructure infra, VirtualNetwork hub, VirtualNetwork spoke, VirtualNetwork other, VirtualNetwork third, VirtualNetwork fourth)
    {
        var subnet = new SubnetResource("default") { Parent = spoke, Name = "default", AddressPrefix = "10.1.0.0/24" };
        infra.Add(subnet);
        infra.Add(new VirtualNetworkPeering("toSubnetText")
        {
            Parent = hub,
            RemoteVirtualNetworkId = {|PEER402:new ResourceIdentifier("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/spoke/subnets/default")|},
        });
        infra.Add(new VirtualNetworkPeering("toSubnet") { Parent = other, RemoteVirtualNetworkId = {|PEER402:subnet.Id|} });
        infra.Add(new VirtualNetworkPeering("toName") { Parent = third, RemoteVirtualNetworkId = {|PEER402:new ResourceIdentifier("spoke")|} });
        infra.Add(new VirtualNetworkPeering("toVnetText")
        {
            Parent = fourth,
            RemoteVirtualNetworkId = new ResourceIdentifier("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/spoke"),
        });
        infra.Add(new VirtualNetworkPeering("toVnet") { Parent = spoke, RemoteVirtualNetworkId = hub.Id });
    }
}
