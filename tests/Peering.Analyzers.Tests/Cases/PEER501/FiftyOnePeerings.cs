using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;
using Azure.ResourceManager.Resources;

// 51 peerings of one VNet: over the 50 the 2017-10 profile allows, within the 500 of today.
class Estate
{
    static ResourceIdentifier Spoke(int index) => VirtualNetworkResource.CreateResourceIdentifier("00000000-0000-0000-0000-000000000000", "spokes", "spoke-" + index);

    async Task PeerAsync(VirtualNetworkResource hub)
    {
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-0", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(0) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-1", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(1) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-2", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(2) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-3", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(3) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-4", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(4) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-5", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(5) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-6", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(6) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-7", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(7) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-8", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(8) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-9", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(9) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-10", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(10) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-11", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(11) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-12", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(12) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-13", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(13) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-14", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(14) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-15", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(15) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-16", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(16) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-17", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(17) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-18", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(18) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-19", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(19) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-20", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(20) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-21", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(21) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-22", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(22) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-23", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(23) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-24", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(24) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-25", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(25) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-26", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(26) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-27", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(27) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-28", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(28) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-29", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(29) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-30", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(30) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-31", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(31) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-32", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(32) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-33", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(33) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-34", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(34) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-35", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(35) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-36", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(36) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-37", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(37) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-38", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(38) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-39", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(39) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-40", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(40) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-41", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(41) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-42", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(42) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-43", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(43) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-44", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(44) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-45", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(45) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-46", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(46) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-47", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(47) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-48", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(48) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-49", new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(49) });
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-50", {|PEER501@2017-10:new VirtualNetworkPeeringData { RemoteVirtualNetworkId = Spoke(50) }|});
    }
}
