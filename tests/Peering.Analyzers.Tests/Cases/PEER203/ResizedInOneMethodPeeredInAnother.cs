using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// One class peers the hub, another grows it later without syncing: the peered VNets keep the old prefixes.
static class Peerings
{
    public static async Task PeerAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworkAsync("hub")).Value;
        var spoke = (await rg.GetVirtualNetworkAsync("spoke")).Value;
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = hub.Id });
    }
}

static class Growth
{
    public static async Task GrowAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworkAsync("hub")).Value;
        {|PEER203:hub.Data.AddressPrefixes.Add("10.10.0.0/16")|};
        await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub", hub.Data);

        // A VNet nobody peers may change freely.
        var lonely = (await rg.GetVirtualNetworkAsync("lonely")).Value;
        lonely.Data.AddressPrefixes.Add("10.20.0.0/16");
        await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "lonely", lonely.Data);
    }
}
