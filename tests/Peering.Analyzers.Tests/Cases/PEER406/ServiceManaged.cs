using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

class Deployment
{
    async Task PeerAsync(VirtualNetworkResource hub, VirtualNetworkResource spoke)
    {
        var data = new VirtualNetworkPeeringData
        {
            RemoteVirtualNetworkId = spoke.Id,
            {|PEER406:PeeringState = VirtualNetworkPeeringState.Connected|},
            {|PEER406:RemoteAddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.1.0.0/16" } }|},
        };
        {|PEER406:data.PeeringSyncLevel = VirtualNetworkPeeringLevel.FullyInSync|};
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-spoke", data);
    }
}
