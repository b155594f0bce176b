using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// VNets built by a helper from constants are known at each call; a spoke whose prefix is a deployment parameter is not.
class Network
{
    static VirtualNetwork Vnet(string identifier, string prefix) => new VirtualNetwork(identifier)
    {
        Location = AzureLocation.WestEurope,
        AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { prefix } },
    };

    static void Link(Infrastructure infra, VirtualNetwork from, VirtualNetwork to, string identifier) =>
        infra.Add(new VirtualNetworkPeering(identifier) { Parent = from, RemoteVirtualNetworkId = to.Id });

    static void Build(Infrastructure infra)
    {
        var configuredPrefix = new ProvisioningParameter("spokePrefix", typeof(string));
        var hub = Vnet("hub", "10.0.0.0/16");
        var inside = Vnet("inside", "10.0.128.0/24");
        var apart = Vnet("apart", "10.1.0.0/16");
        var configured = new VirtualNetwork("configured") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { configuredPrefix } } };
        foreach (var network in new[] { hub, inside, apart, configured })
        {
            infra.Add(network);
        }

        infra.Add({|PEER201:new VirtualNetworkPeering("hubToInside") { Parent = hub, RemoteVirtualNetworkId = inside.Id }|});
        Link(infra, inside, hub, "insideToHub");
        Link(infra, hub, apart, "hubToApart");
        Link(infra, apart, hub, "apartToHub");
        Link(infra, hub, configured, "hubToConfigured");
        Link(infra, configured, hub, "configuredToHub");
    }
}
