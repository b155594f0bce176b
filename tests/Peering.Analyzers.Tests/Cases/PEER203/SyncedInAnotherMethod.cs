using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// The resize and the sync of the peering that points at the hub live in different methods: no finding under the
// current profile, since the sync may well run after the change. The 2017-10 profile forbids the change itself.
static class Peerings
{
    public static async Task PeerAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworkAsync("hub")).Value;
        var spoke = (await rg.GetVirtualNetworkAsync("spoke")).Value;
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = hub.Id }, SyncRemoteAddressSpace.True);
    }

    public static async Task GrowAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworkAsync("hub")).Value;
        {|PEER203@2017-10:hub.Data.AddressPrefixes.Add("10.10.0.0/16")|};
        await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub", hub.Data);
    }
}
