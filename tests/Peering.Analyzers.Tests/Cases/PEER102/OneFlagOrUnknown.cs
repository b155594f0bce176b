// ignore: PEER303
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

class Deployment
{
    async Task PeerAsync(VirtualNetworkResource hub, VirtualNetworkResource spoke, bool useRemote, VirtualNetworkPeeringData fromCaller)
    {
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-spoke", new VirtualNetworkPeeringData { AllowGatewayTransit = true, UseRemoteGateways = false, RemoteVirtualNetworkId = spoke.Id });
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub", new VirtualNetworkPeeringData { AllowGatewayTransit = true, UseRemoteGateways = useRemote, RemoteVirtualNetworkId = hub.Id });

        // Handed to code the analysis does not see, which may turn a flag off.
        var tuned = new VirtualNetworkPeeringData { AllowGatewayTransit = true, UseRemoteGateways = true, RemoteVirtualNetworkId = hub.Id };
        Tune(tuned);
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub-2", tuned);

        fromCaller.UseRemoteGateways = true;
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub-3", fromCaller);
    }

    static void Tune(VirtualNetworkPeeringData data) => data.AllowGatewayTransit = false;
}
