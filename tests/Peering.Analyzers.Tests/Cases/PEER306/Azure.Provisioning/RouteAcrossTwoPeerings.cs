using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// The spoke's subnet sends the other spoke's range straight there (VnetLocal), but the two spokes are only peered with
// the hub; a route whose next hop is a deployment parameter says nothing.
class Network
{
    static void Build(Infrastructure infra)
    {
        var hop = new ProvisioningParameter("nextHop", typeof(string));
        var hub = new VirtualNetwork("hub") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.0.0.0/16" } } };
        var spoke = new VirtualNetwork("spoke") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.1.0.0/16" } } };
        var spoke2 = new VirtualNetwork("spoke2") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.2.0.0/16" } } };
        var table = new RouteTable("direct");
        infra.Add({|PEER306:new RouteResource("toSpoke2") { Parent = table, Name = "to-spoke2", AddressPrefix = "10.2.0.0/16", NextHopType = RouteNextHopType.VnetLocal }|});
        infra.Add(new RouteResource("configured") { Parent = table, Name = "configured", AddressPrefix = "10.2.0.0/17", NextHopType = hop });
        spoke.Subnets.Add(new SubnetResource("workload") { Name = "workload", AddressPrefix = "10.1.0.0/24", RouteTable = table });
        foreach (var network in new[] { hub, spoke, spoke2 })
        {
            infra.Add(network);
        }

        infra.Add(table);
        foreach (var (from, to, identifier) in new[] { (hub, spoke, "hubToSpoke"), (spoke, hub, "spokeToHub"), (hub, spoke2, "hubToSpoke2"), (spoke2, hub, "spoke2ToHub") })
        {
            infra.Add(new VirtualNetworkPeering(identifier) { Parent = from, RemoteVirtualNetworkId = to.Id, AllowForwardedTraffic = true });
        }
    }
}
