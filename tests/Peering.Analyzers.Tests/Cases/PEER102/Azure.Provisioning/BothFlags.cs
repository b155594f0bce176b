// ignore: PEER103
using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

// A peering that both offers this VNet's gateway and uses the remote one's, set in the initializer or afterwards; a
// peering with one of the two; flags that are deployment parameters or set in a branch are not known.
class Network
{
    static void Build(Infrastructure infra)
    {
        var hub = new VirtualNetwork("hub") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.0.0.0/16" } } };
        var spoke = new VirtualNetwork("spoke") { Location = AzureLocation.WestEurope, AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.1.0.0/16" } } };
        infra.Add(hub);
        infra.Add(spoke);
        infra.Add(new VirtualNetworkPeering("hubToSpoke")
        {
            Parent = hub,
            RemoteVirtualNetworkId = spoke.Id,
            AllowGatewayTransit = true,
            {|PEER102:UseRemoteGateways = true|},
        });
        var spokeToHub = new VirtualNetworkPeering("spokeToHub") { Parent = spoke, RemoteVirtualNetworkId = hub.Id, AllowGatewayTransit = true };
        {|PEER102:spokeToHub.UseRemoteGateways = true|};
        infra.Add(spokeToHub);
    }

    static void Silent(Infrastructure infra, VirtualNetwork hub, VirtualNetwork spoke, VirtualNetwork other, bool offerTransit)
    {
        var useGateway = new ProvisioningParameter("useGateway", typeof(bool));
        infra.Add(new VirtualNetworkPeering("onlyTransit") { Parent = hub, RemoteVirtualNetworkId = spoke.Id, AllowGatewayTransit = true, UseRemoteGateways = false });
        infra.Add(new VirtualNetworkPeering("fromParameter") { Parent = spoke, RemoteVirtualNetworkId = hub.Id, AllowGatewayTransit = true, UseRemoteGateways = useGateway });
        var branch = new VirtualNetworkPeering("inABranch") { Parent = other, RemoteVirtualNetworkId = hub.Id, UseRemoteGateways = true };
        if (offerTransit)
        {
            branch.AllowGatewayTransit = true;
        }

        infra.Add(branch);
    }
}
