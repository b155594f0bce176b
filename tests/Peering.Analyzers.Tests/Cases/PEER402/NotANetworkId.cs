using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

class Deployment
{
    async Task PeerAsync(VirtualNetworkResource hub, SubnetResource subnet)
    {
        var peerings = hub.GetVirtualNetworkPeerings();
        await peerings.CreateOrUpdateAsync(WaitUntil.Completed, "to-subnet", new VirtualNetworkPeeringData
        {
            RemoteVirtualNetworkId = {|PEER402:new ResourceIdentifier("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/spoke/subnets/default")|},
        });
        await peerings.CreateOrUpdateAsync(WaitUntil.Completed, "to-typed-subnet", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = {|PEER402:subnet.Id|} });
        await peerings.CreateOrUpdateAsync(WaitUntil.Completed, "to-created-subnet-id", new VirtualNetworkPeeringData
        {
            RemoteVirtualNetworkId = {|PEER402:SubnetResource.CreateResourceIdentifier("00000000-0000-0000-0000-000000000000", "rg", "spoke", "default")|},
        });
        await peerings.CreateOrUpdateAsync(WaitUntil.Completed, "to-name", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = {|PEER402:new ResourceIdentifier("spoke")|} });
    }
}
