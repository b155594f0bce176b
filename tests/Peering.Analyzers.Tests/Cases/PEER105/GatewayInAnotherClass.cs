using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// The branch got its own VPN gateway in another class, then is told to use the hub's.
static class Gateways
{
    public static async Task CreateAsync(ResourceGroupResource rg)
    {
        var branch = (await rg.GetVirtualNetworkAsync("branch")).Value;
        var subnet = (await branch.GetSubnetAsync("GatewaySubnet")).Value;
        await rg.GetVirtualNetworkGateways().CreateOrUpdateAsync(WaitUntil.Completed, "branch-vpn", new VirtualNetworkGatewayData { IPConfigurations = { new VirtualNetworkGatewayIPConfiguration { SubnetId = subnet.Id } } });
    }
}

static class Peerings
{
    public static async Task PeerAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub", new VirtualNetworkData { AddressPrefixes = { "10.0.0.0/16" } })).Value;
        var branch = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "branch", new VirtualNetworkData { AddressPrefixes = { "10.1.0.0/16" } })).Value;
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-branch", new VirtualNetworkPeeringData { AllowGatewayTransit = true, RemoteVirtualNetworkId = branch.Id });
        await branch.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "branch-to-hub", new VirtualNetworkPeeringData { {|PEER105:UseRemoteGateways = true|}, RemoteVirtualNetworkId = hub.Id });
    }
}
