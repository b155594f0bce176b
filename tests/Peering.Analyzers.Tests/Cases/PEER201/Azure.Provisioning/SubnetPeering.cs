using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// Subnet peerings join only the subnets they name. a's subnet1 lies in 10.1.0.0/16, which c has too: Azure rejects that
// one with VnetAddressSpacesOverlap. d peers only its subnet4, in a range e does not have: fine, but the 2017-10 profile
// has no subnet peering, so there the whole address spaces overlap.
class Network
{
    static VirtualNetwork Vnet(string identifier, string first, string second, string subnet, string subnetPrefix) => new VirtualNetwork(identifier)
    {
        Location = AzureLocation.WestEurope,
        AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { first, second } },
        Subnets = { new SubnetResource(identifier + subnet) { Name = subnet, AddressPrefix = subnetPrefix } },
    };

    static void Build(Infrastructure infra)
    {
        var a = Vnet("a", "10.1.0.0/16", "10.0.0.0/16", "subnet1", "10.1.1.0/24");
        var c = Vnet("c", "10.1.0.0/16", "10.6.0.0/16", "subnet5", "10.6.1.0/24");
        var d = Vnet("d", "10.1.0.0/16", "10.0.0.0/16", "subnet4", "10.0.1.0/24");
        var e = Vnet("e", "10.1.0.0/16", "10.7.0.0/16", "subnet7", "10.7.1.0/24");
        foreach (var network in new[] { a, c, d, e })
        {
            infra.Add(network);
        }

        infra.Add({|PEER201:new VirtualNetworkPeering("aToC") { Parent = a, RemoteVirtualNetworkId = c.Id, AreCompleteVnetsPeered = false, LocalSubnetNames = { "subnet1" }, RemoteSubnetNames = { "subnet5" } }|});
        infra.Add(new VirtualNetworkPeering("cToA") { Parent = c, RemoteVirtualNetworkId = a.Id, AreCompleteVnetsPeered = false, LocalSubnetNames = { "subnet5" }, RemoteSubnetNames = { "subnet1" } });
        infra.Add({|PEER201@2017-10:new VirtualNetworkPeering("dToE") { Parent = d, RemoteVirtualNetworkId = e.Id, AreCompleteVnetsPeered = false, LocalSubnetNames = { "subnet4" }, RemoteSubnetNames = { "subnet7" } }|});
        infra.Add(new VirtualNetworkPeering("eToD") { Parent = e, RemoteVirtualNetworkId = d.Id, AreCompleteVnetsPeered = false, LocalSubnetNames = { "subnet7" }, RemoteSubnetNames = { "subnet4" } });
    }
}
