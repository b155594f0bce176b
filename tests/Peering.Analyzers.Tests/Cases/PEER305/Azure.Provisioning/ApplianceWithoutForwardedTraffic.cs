using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// The spoke's subnet routes the other spoke's range through the firewall in the hub (10.0.1.4): the hub accepts
// forwarded traffic from the spoke only if the spoke's peering allows it, which it does not; the other spoke's does.
class Network
{
    static void Build(Infrastructure infra)
    {
        var hub = new VirtualNetwork("hub") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.0.0.0/16" } } };
        var spoke = new VirtualNetwork("spoke") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.1.0.0/16" } } };
        var spoke2 = new VirtualNetwork("spoke2") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.2.0.0/16" } } };
        var table = new RouteTable("viaFirewall")
        {
            Routes = { new RouteResource("toSpoke2") { Name = "to-spoke2", AddressPrefix = "10.2.0.0/16", NextHopType = RouteNextHopType.VirtualAppliance, NextHopIPAddress = "10.0.1.4" } },
        };
        foreach (var network in new[] { hub, spoke, spoke2 })
        {
            infra.Add(network);
        }

        infra.Add(table);
        infra.Add(new SubnetResource("workload") { Parent = spoke, Name = "workload", AddressPrefix = "10.1.0.0/24", RouteTable = table });
        infra.Add(new VirtualNetworkPeering("hubToSpoke") { Parent = hub, RemoteVirtualNetworkId = spoke.Id, AllowForwardedTraffic = true });
        infra.Add(new VirtualNetworkPeering("hubToSpoke2") { Parent = hub, RemoteVirtualNetworkId = spoke2.Id, AllowForwardedTraffic = true });
        infra.Add({|PEER305:new VirtualNetworkPeering("spokeToHub") { Parent = spoke, RemoteVirtualNetworkId = hub.Id }|});
        infra.Add(new VirtualNetworkPeering("spoke2ToHub") { Parent = spoke2, RemoteVirtualNetworkId = hub.Id, AllowForwardedTraffic = true });
    }
}
