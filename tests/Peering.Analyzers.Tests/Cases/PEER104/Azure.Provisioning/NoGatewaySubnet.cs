// closed-world
using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// Under a closed world: this library declares no gateways, so a gateway can only be deployed into a VNet from outside the
// program, into its gateway subnet. A hub without one has no gateway to use; a hub with one may have it; a hub whose
// subnet is named by a deployment parameter may too.
class Network
{
    static void Build(Infrastructure infra)
    {
        var subnetName = new ProvisioningParameter("subnetName", typeof(string));
        var bare = new VirtualNetwork("bare")
        {
            Location = AzureLocation.WestEurope,
            AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.0.0.0/16" } },
            Subnets = { new SubnetResource("workload") { Name = "workload", AddressPrefix = "10.0.1.0/24" } },
        };
        var equipped = new VirtualNetwork("equipped")
        {
            Location = AzureLocation.WestEurope,
            AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.1.0.0/16" } },
            Subnets = { new SubnetResource("gateway") { Name = "GatewaySubnet", AddressPrefix = "10.1.255.0/27" } },
        };
        var configured = new VirtualNetwork("configured") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.2.0.0/16" } } };
        infra.Add(new SubnetResource("named") { Parent = configured, Name = subnetName, AddressPrefix = "10.2.255.0/27" });
        var spoke = new VirtualNetwork("spoke") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.3.0.0/16" } } };
        var spoke2 = new VirtualNetwork("spoke2") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.4.0.0/16" } } };
        var spoke3 = new VirtualNetwork("spoke3") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.5.0.0/16" } } };
        foreach (var network in new[] { bare, equipped, configured, spoke, spoke2, spoke3 })
        {
            infra.Add(network);
        }

        infra.Add(new VirtualNetworkPeering("bareToSpoke") { Parent = bare, RemoteVirtualNetworkId = spoke.Id });
        infra.Add(new VirtualNetworkPeering("spokeToBare") { Parent = spoke, RemoteVirtualNetworkId = bare.Id, {|PEER104:UseRemoteGateways = true|} });
        infra.Add(new VirtualNetworkPeering("equippedToSpoke2") { Parent = equipped, RemoteVirtualNetworkId = spoke2.Id, AllowGatewayTransit = true });
        infra.Add(new VirtualNetworkPeering("spoke2ToEquipped") { Parent = spoke2, RemoteVirtualNetworkId = equipped.Id, UseRemoteGateways = true });
        infra.Add(new VirtualNetworkPeering("configuredToSpoke3") { Parent = configured, RemoteVirtualNetworkId = spoke3.Id, AllowGatewayTransit = true });
        infra.Add(new VirtualNetworkPeering("spoke3ToConfigured") { Parent = spoke3, RemoteVirtualNetworkId = configured.Id, UseRemoteGateways = true });
    }
}
