using System.Threading.Tasks;
using Azure;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Network.Models;

namespace HubAndSpoke
{
    internal static class Peerings
    {
        /// <summary>The correct pattern: each spoke and the hub peer both ways; the hub offers its gateway, the spokes use it.</summary>
        public static async Task PeerSpokesAsync(VirtualNetworkResource hub, VirtualNetworkResource apps, VirtualNetworkResource data)
        {
            foreach (var (spoke, name) in new[] { (apps, "apps"), (data, "data") })
            {
                await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, $"hub-to-{name}", new VirtualNetworkPeeringData
                {
                    AllowVirtualNetworkAccess = true,
                    AllowForwardedTraffic = true,
                    AllowGatewayTransit = true,
                    RemoteVirtualNetworkId = spoke.Id,
                });
                await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, $"{name}-to-hub", new VirtualNetworkPeeringData
                {
                    AllowVirtualNetworkAccess = true,
                    AllowForwardedTraffic = true,
                    UseRemoteGateways = true,
                    RemoteVirtualNetworkId = hub.Id,
                });
            }
        }

        /// <summary>The backup spoke peers with the hub, but the hub never peers back.</summary>
        public static async Task PeerBackupAsync(VirtualNetworkResource backup, VirtualNetworkResource hub)
        {
            await backup.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "backup-to-hub",
                new VirtualNetworkPeeringData { AllowVirtualNetworkAccess = true, RemoteVirtualNetworkId = hub.Id }); // expect: PEER301 PEER305 PEER202
        }

        /// <summary>The branch in East US uses the hub's gateway, but the hub's side does not offer it.</summary>
        public static async Task PeerBranchAsync(VirtualNetworkResource hub, VirtualNetworkResource branch)
        {
            await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-branch", new VirtualNetworkPeeringData { AllowVirtualNetworkAccess = true, RemoteVirtualNetworkId = branch.Id }); // expect: PEER201
            var toHub = new VirtualNetworkPeeringData { AllowVirtualNetworkAccess = true, RemoteVirtualNetworkId = hub.Id };
            toHub.UseRemoteGateways = true; // expect: PEER101 PEER104
            toHub.PeeringState = VirtualNetworkPeeringState.Connected; // expect: PEER406
            await branch.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "branch to hub", toHub); // expect: PEER403
        }
    }
}
