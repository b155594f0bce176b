using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// Flags set on the data of a peering that exists, and written back: only what the code sets is known.
class Transit
{
    async Task OfferAndUseAsync(VirtualNetworkResource hub)
    {
        var peering = (await hub.GetVirtualNetworkPeeringAsync("hub-to-spoke")).Value;
        var data = peering.Data;
        data.AllowGatewayTransit = true;
        {|PEER102:data.UseRemoteGateways = true|};
        await peering.UpdateAsync(WaitUntil.Completed, data);
    }

    async Task UseOnlyAsync(VirtualNetworkResource hub)
    {
        // AllowGatewayTransit of the peering that exists is not known: no finding.
        var peering = (await hub.GetVirtualNetworkPeeringAsync("hub-to-spoke")).Value;
        peering.Data.UseRemoteGateways = true;
        await peering.UpdateAsync(WaitUntil.Completed, peering.Data);
    }
}
