using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// Prefixes passed to a helper as constants are known at each call; a prefix from configuration is not.
class Deployment
{
    static string Hub => "hub";

    static async Task<VirtualNetworkResource> CreateAsync(ResourceGroupResource rg, string name, string prefix) =>
        (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, name, new VirtualNetworkData { AddressPrefixes = { prefix } })).Value;

    async Task DeployAsync(ResourceGroupResource rg, string configuredPrefix)
    {
        var hub = await CreateAsync(rg, Hub, "10.0.0.0/16");
        var inside = await CreateAsync(rg, "inside", "10.0.128.0/24");
        var configured = await CreateAsync(rg, "configured", configuredPrefix);
        foreach (var spoke in new[] { inside, configured })
        {
            await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-spoke-" + spoke.Data.Name, {|PEER201:new VirtualNetworkPeeringData { RemoteVirtualNetworkId = spoke.Id }|});
            await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = hub.Id });
        }
    }
}
