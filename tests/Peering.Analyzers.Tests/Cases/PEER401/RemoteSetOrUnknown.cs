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
    async Task PeerAsync(VirtualNetworkResource hub, VirtualNetworkResource spoke, bool peer)
    {
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-spoke", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = spoke.Id });

        var maybe = new VirtualNetworkPeeringData();
        if (peer)
        {
            maybe.RemoteVirtualNetworkId = spoke.Id;
        }

        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-maybe", maybe);

        var configured = new VirtualNetworkPeeringData();
        Configure(configured, spoke);
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-configured", configured);
    }

    // Built here, given its remote by the caller: not a missing remote.
    static VirtualNetworkPeeringData Template() => new VirtualNetworkPeeringData { AllowForwardedTraffic = true };

    static void Configure(VirtualNetworkPeeringData data, VirtualNetworkResource remote) => data.RemoteVirtualNetworkId = remote.Id;
}
