// ignore: PEER301 PEER503
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

class Deployment
{
    async Task PeerAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.0.0.0/16" } })).Value;
        var spoke = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "spoke", new VirtualNetworkData { Location = "East US", AddressPrefixes = { "10.1.0.0/16" } })).Value;
        var data = new VirtualNetworkPeeringData { AllowVirtualNetworkAccess = true, {|PEER101:UseRemoteGateways = true|}, RemoteVirtualNetworkId = hub.Id };
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub", data);
    }
}
