// A second file of the user's program with no mistake: shared services and data VNets peered both ways,
// open for traffic, with valid names and prefixes that overlap nothing else in the program. The editor must
// show no PEER diagnostic here. The language-server tests also type a mistake into this file.
using Azure;
using Azure.Core;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Resources;

namespace Contoso.Networking;

public static class SharedServicesPeering
{
    public static async Task ConnectAsync(ResourceGroupResource rg)
    {
        var shared = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "shared-services", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.20.0.0/16" } })).Value;
        var data = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "data", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.21.0.0/16" } })).Value;

        var toData = new VirtualNetworkPeeringData { AllowVirtualNetworkAccess = true, AllowForwardedTraffic = true, RemoteVirtualNetworkId = data.Id };
        await shared.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "shared-services-to-data", toData);
        var toShared = new VirtualNetworkPeeringData { AllowVirtualNetworkAccess = true, AllowForwardedTraffic = true, RemoteVirtualNetworkId = shared.Id };
        await data.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "data-to-shared-services", toShared);
    }
}
