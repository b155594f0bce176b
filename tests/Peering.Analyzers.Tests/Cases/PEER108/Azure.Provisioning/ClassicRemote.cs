using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// Gateway transit with a classic VNet named by its id: using its gateway fails today; offering the hub's gateway to it
// fails only under the 2017-10 profile. A Resource Manager remote is fine.
class Network
{
    const string Legacy = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/legacy-rg/providers/Microsoft.ClassicNetwork/virtualNetworks/legacy";
    const string Modern = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/other-rg/providers/Microsoft.Network/virtualNetworks/modern";

    static void Build(Infrastructure infra)
    {
        var hub = new VirtualNetwork("hub") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.0.0.0/16" } } };
        var spoke = new VirtualNetwork("spoke") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.1.0.0/16" } } };
        infra.Add(hub);
        infra.Add(spoke);
        infra.Add(new VirtualNetworkPeering("hubToLegacy") { Parent = hub, RemoteVirtualNetworkId = new ResourceIdentifier(Legacy), {|PEER108@2017-10:AllowGatewayTransit = true|} });
        infra.Add(new VirtualNetworkPeering("spokeToLegacy") { Parent = spoke, RemoteVirtualNetworkId = new ResourceIdentifier(Legacy), {|PEER108:UseRemoteGateways = true|} });
        infra.Add(new VirtualNetworkPeering("spokeToModern") { Parent = spoke, RemoteVirtualNetworkId = new ResourceIdentifier(Modern), AllowGatewayTransit = true });
    }
}
