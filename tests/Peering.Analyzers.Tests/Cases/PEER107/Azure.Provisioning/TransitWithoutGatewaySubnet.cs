// closed-world
using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// Under a closed world, a VNet without a gateway subnet offers transit for nothing: this library declares no gateways,
// and one deployed from outside the program needs that subnet. The hub has one (inline), so it may have a gateway.
class Network
{
    static void Build(Infrastructure infra)
    {
        var hub = new VirtualNetwork("hub")
        {
            Location = AzureLocation.WestEurope,
            AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.0.0.0/16" } },
            Subnets = { new SubnetResource("gateway") { Name = "GatewaySubnet", AddressPrefix = "10.0.255.0/27" } },
        };
        var spoke = new VirtualNetwork("spoke") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.1.0.0/16" } } };
        infra.Add(hub);
        infra.Add(spoke);
        infra.Add(new VirtualNetworkPeering("hubToSpoke") { Parent = hub, RemoteVirtualNetworkId = spoke.Id, AllowGatewayTransit = true });
        infra.Add(new VirtualNetworkPeering("spokeToHub") { Parent = spoke, RemoteVirtualNetworkId = hub.Id, {|PEER107:AllowGatewayTransit = true|} });
    }
}
