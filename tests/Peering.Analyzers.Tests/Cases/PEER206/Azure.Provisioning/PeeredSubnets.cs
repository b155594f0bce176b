using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// VNet a lists its subnets inline, so they are all known: 'app', and 'data' as a child of its own. The subnet peering
// from a names 'cache', which a does not have; b's subnets are children only, so a name of b is not known to be missing,
// and a name that is a deployment parameter is not known at all. The 2017-10 profile has no subnet peering.
class Network
{
    static void Build(Infrastructure infra)
    {
        var subnetName = new ProvisioningParameter("subnetName", typeof(string));
        var a = new VirtualNetwork("a")
        {
            AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.0.0.0/16" } },
            Subnets = { new SubnetResource("app") { Name = "app", AddressPrefix = "10.0.1.0/24" } },
        };
        var b = new VirtualNetwork("b") { AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.1.0.0/16" } } };
        infra.Add(a);
        infra.Add(b);
        infra.Add(new SubnetResource("data") { Parent = a, Name = "data", AddressPrefix = "10.0.2.0/24" });
        infra.Add(new SubnetResource("db") { Parent = b, Name = "db", AddressPrefix = "10.1.1.0/24" });
        infra.Add({|PEER206@current:new VirtualNetworkPeering("aToB") { Parent = a, RemoteVirtualNetworkId = b.Id, AreCompleteVnetsPeered = false, LocalSubnetNames = { "app", "cache" }, RemoteSubnetNames = { "db", "queue" } }|});
        infra.Add(new VirtualNetworkPeering("bToA") { Parent = b, RemoteVirtualNetworkId = a.Id, AreCompleteVnetsPeered = false, LocalSubnetNames = { "db", "queue" }, RemoteSubnetNames = { "app", "data", subnetName } });
    }
}
