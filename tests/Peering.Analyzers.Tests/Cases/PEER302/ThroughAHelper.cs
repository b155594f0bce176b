using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// The helper cannot tell on its own; its call with the same VNet twice can. Reported once, on the helper's line.
class Deployment
{
    async Task DeployAsync(ResourceGroupResource rg, VirtualNetworkResource unknown)
    {
        var hub = (await rg.GetVirtualNetworkAsync("hub")).Value;
        var sameHub = (await rg.GetVirtualNetworks().GetAsync("HUB")).Value;
        await PeerAsync(hub, sameHub, "hub-to-hub");
        await PeerAsync(hub, unknown, "hub-to-other");
    }

    static async Task PeerAsync(VirtualNetworkResource from, VirtualNetworkResource to, string name) =>
        await from.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, name, new VirtualNetworkPeeringData { RemoteVirtualNetworkId = {|PEER302:to.Id|} });
}
