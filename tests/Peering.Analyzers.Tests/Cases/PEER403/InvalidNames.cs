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
    const string Prefix = "hub";

    async Task PeerAsync(VirtualNetworkResource hub, VirtualNetworkResource spoke)
    {
        var data = new VirtualNetworkPeeringData { RemoteVirtualNetworkId = spoke.Id };
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, {|PEER403:"hub to spoke!"|}, data);
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, {|PEER403:$"{Prefix}-"|}, data);
        var name = "-" + Prefix;
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, {|PEER403:name|}, data);
    }
}
