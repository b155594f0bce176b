using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// The hub names every peering "hub-to-spoke": the second deployment of the loop re-points the first peering.
// Names interpolated from the spoke are distinct and correct.
class Deployment
{
    static readonly string[] Spokes = { "spoke1", "spoke2" };

    async Task DeployAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub", new VirtualNetworkData { AddressPrefixes = { "10.0.0.0/16" } })).Value;
        var one = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "spoke1", new VirtualNetworkData { AddressPrefixes = { "10.1.0.0/16" } })).Value;
        var two = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "spoke2", new VirtualNetworkData { AddressPrefixes = { "10.2.0.0/16" } })).Value;
        foreach (var (spoke, name) in new[] { (one, "spoke1"), (two, "spoke2") })
        {
            await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, {|PEER405:"hub-to-spoke"|}, new VirtualNetworkPeeringData { RemoteVirtualNetworkId = spoke.Id });
            await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, $"{name}-to-hub", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = hub.Id });
        }
    }
}
