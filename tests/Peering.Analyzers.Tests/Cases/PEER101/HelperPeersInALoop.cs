using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// A helper writes each direction; a loop over the pairs calls it for both. Only the spoke uses the hub's gateway,
// across regions: one finding, on the helper's line, although the helper runs twice.
class Deployment
{
    static readonly string HubName = "hub";

    async Task DeployAsync(ResourceGroupResource rg)
    {
        var networks = rg.GetVirtualNetworks();
        var hub = (await networks.CreateOrUpdateAsync(WaitUntil.Completed, HubName, new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.0.0.0/16" } })).Value;
        var spoke = (await networks.CreateOrUpdateAsync(WaitUntil.Completed, "spoke", new VirtualNetworkData { Location = AzureLocation.EastUS, AddressPrefixes = { "10.1.0.0/16" } })).Value;
        foreach (var (from, to, useGateway) in new[] { (hub, spoke, false), (spoke, hub, true) })
        {
            await PeerAsync(from, to, useGateway);
        }
    }

    static async Task PeerAsync(VirtualNetworkResource from, VirtualNetworkResource to, bool useGateway)
    {
        var data = new VirtualNetworkPeeringData { AllowVirtualNetworkAccess = true, RemoteVirtualNetworkId = to.Id };
        {|PEER101:data.UseRemoteGateways = useGateway|};
        await from.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "to-remote", data);
    }
}
