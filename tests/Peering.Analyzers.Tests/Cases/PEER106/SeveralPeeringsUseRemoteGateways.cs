// ignore: PEER104
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// The spoke uses remote gateways through two peerings; the hub through none.
class Transit
{
    async Task PeerAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworkAsync("hub")).Value;
        var spoke = (await rg.GetVirtualNetworkAsync("spoke")).Value;
        var other = (await rg.GetVirtualNetworkAsync("other")).Value;
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-spoke", new VirtualNetworkPeeringData { AllowGatewayTransit = true, RemoteVirtualNetworkId = spoke.Id });
        await other.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "other-to-spoke", new VirtualNetworkPeeringData { AllowGatewayTransit = true, RemoteVirtualNetworkId = spoke.Id });
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub", new VirtualNetworkPeeringData { UseRemoteGateways = true, RemoteVirtualNetworkId = hub.Id });
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-other", new VirtualNetworkPeeringData { {|PEER106:UseRemoteGateways = true|}, RemoteVirtualNetworkId = other.Id });
    }
}
