// ignore: PEER104
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// A pair where both sides use the other's gateway, and a pair where one side offers it.
class Transit
{
    async Task PeerAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworkAsync("hub")).Value;
        var spoke = (await rg.GetVirtualNetworkAsync("spoke")).Value;
        var other = (await rg.GetVirtualNetworkAsync("other")).Value;
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-spoke", new VirtualNetworkPeeringData { UseRemoteGateways = true, RemoteVirtualNetworkId = spoke.Id });
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub", new VirtualNetworkPeeringData { {|PEER103:UseRemoteGateways = true|}, RemoteVirtualNetworkId = hub.Id });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-other", new VirtualNetworkPeeringData { AllowGatewayTransit = true, RemoteVirtualNetworkId = other.Id });
        await other.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "other-to-hub", new VirtualNetworkPeeringData { UseRemoteGateways = true, RemoteVirtualNetworkId = hub.Id });
    }
}
