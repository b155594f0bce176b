using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// The data of a peering that exists, changed and written back: the write carries the changed flag.
class Isolation
{
    async Task IsolateAsync(VirtualNetworkResource hub)
    {
        var peering = (await hub.GetVirtualNetworkPeerings().GetAsync("hub-to-spoke")).Value;
        var data = peering.Data;
        {|PEER304:data.AllowVirtualNetworkAccess = false|};
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-spoke", data);
    }

    async Task IsolateEveryPeeringAsync(VirtualNetworkResource hub)
    {
        foreach (var peering in hub.GetVirtualNetworkPeerings())
        {
            var data = peering.Data;
            {|PEER304:data.AllowVirtualNetworkAccess = false|};
            await peering.UpdateAsync(WaitUntil.Completed, data);
        }
    }

    async Task IsolateByNameAsync(VirtualNetworkResource hub, bool isolate)
    {
        var peering = (await hub.GetVirtualNetworkPeeringAsync("hub-to-spoke")).Value;
        peering.Data.AllowForwardedTraffic = true;
        if (isolate)
        {
            // A write that may not run leaves the flag unknown.
            peering.Data.AllowVirtualNetworkAccess = false;
        }

        await peering.UpdateAsync(WaitUntil.Completed, peering.Data);
    }

    async Task Handed(VirtualNetworkPeeringResource peering)
    {
        var data = peering.Data;
        {|PEER304:data.AllowVirtualNetworkAccess = false|};
        await peering.UpdateAsync(WaitUntil.Completed, data);
    }
}
