using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// A helper writes each direction; a loop over the pairs calls it for both, so neither side is one-sided and the hub
// side allows transit. Only the spoke uses the hub's gateway, across regions: one finding, on the helper's line,
// although the helper runs twice.
class Deployment
{
    static readonly string HubName = "hub";

    async Task DeployAsync(ResourceGroupResource rg)
    {
        var networks = rg.GetVirtualNetworks();
        var hub = (await networks.CreateOrUpdateAsync(WaitUntil.Completed, HubName, new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.0.0.0/16" } })).Value;
        var spoke = (await networks.CreateOrUpdateAsync(WaitUntil.Completed, "spoke", new VirtualNetworkData { Location = AzureLocation.EastUS, AddressPrefixes = { "10.1.0.0/16" } })).Value;
        foreach (var (from, to, allowTransit, useGateway) in new[] { (hub, spoke, true, false), (spoke, hub, false, true) })
        {
            await PeerAsync(from, to, allowTransit, useGateway);
        }
    }

    static async Task PeerAsync(VirtualNetworkResource from, VirtualNetworkResource to, bool allowTransit, bool useGateway)
    {
        var data = {|PEER503@2017-10:new VirtualNetworkPeeringData { AllowVirtualNetworkAccess = true, AllowGatewayTransit = allowTransit, RemoteVirtualNetworkId = to.Id }|};
        {|PEER101:data.UseRemoteGateways = useGateway|};
        await from.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "to-remote", data);
    }
}
