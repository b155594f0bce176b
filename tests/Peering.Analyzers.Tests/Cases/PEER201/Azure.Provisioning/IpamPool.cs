using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// The spoke takes its range from an IPAM pool, which Azure allocates when it deploys the VNet: whether it overlaps the hub
// is not known. A spoke with a range of its own in the hub's overlaps it.
class Network
{
    static void Build(Infrastructure infra)
    {
        var hub = new VirtualNetwork("hub") { AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.0.0.0/16" } } };
        var pooled = new VirtualNetwork("pooled")
        {
            AddressSpace = new VirtualNetworkAddressSpace
            {
                IpamPoolPrefixAllocations = { new IpamPoolPrefixAllocation { Id = new ResourceIdentifier("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ipam/providers/Microsoft.Network/networkManagers/manager/ipamPools/pool"), NumberOfIPAddresses = "256" } },
            },
        };
        var inside = new VirtualNetwork("inside") { AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.0.200.0/24" } } };
        foreach (var network in new[] { hub, pooled, inside })
        {
            infra.Add(network);
        }

        infra.Add(new VirtualNetworkPeering("hubToPooled") { Parent = hub, RemoteVirtualNetworkId = pooled.Id });
        infra.Add(new VirtualNetworkPeering("pooledToHub") { Parent = pooled, RemoteVirtualNetworkId = hub.Id });
        infra.Add({|PEER201:new VirtualNetworkPeering("hubToInside") { Parent = hub, RemoteVirtualNetworkId = inside.Id }|});
        infra.Add(new VirtualNetworkPeering("insideToHub") { Parent = inside, RemoteVirtualNetworkId = hub.Id });
    }
}
