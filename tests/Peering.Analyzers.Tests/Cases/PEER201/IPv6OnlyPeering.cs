using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// Dual-stack VNets with the same IPv4 range, peered over IPv6 only: Azure skips the IPv4 overlap check. The pair with
// overlapping IPv6 ranges is still rejected.
class IPv6Only
{
    async Task PeerAsync(ResourceGroupResource rg)
    {
        var a = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "a", new VirtualNetworkData { AddressPrefixes = { "10.0.0.0/16", "fd00:a::/48" } })).Value;
        var b = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "b", new VirtualNetworkData { AddressPrefixes = { "10.0.0.0/16", "fd00:b::/48" } })).Value;
        var x = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "x", new VirtualNetworkData { AddressPrefixes = { "10.9.0.0/16", "fd00:a:0:1::/64" } })).Value;

        await a.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "a-to-b", {|PEER201@2017-10:new VirtualNetworkPeeringData { RemoteVirtualNetworkId = b.Id, EnableOnlyIPv6Peering = true }|});
        await b.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "b-to-a", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = a.Id, EnableOnlyIPv6Peering = true });
        await a.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "a-to-x", {|PEER201:new VirtualNetworkPeeringData { RemoteVirtualNetworkId = x.Id, EnableOnlyIPv6Peering = true }|});
        await x.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "x-to-a", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = a.Id, EnableOnlyIPv6Peering = true });
    }
}
