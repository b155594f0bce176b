using System;
using System.Threading.Tasks;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Resources;

namespace HubAndSpoke
{
    /// <summary>
    /// Builds a hub with a VPN gateway and a firewall, three spokes and a branch in another region, then peers and grows
    /// them. The work is spread over several classes, as real deployment code is. Each planted mistake is marked
    /// <c>// expect: PEERnnn</c> on the line the analyzers report; everything else is a correct variant and reports nothing.
    /// </summary>
    public static class Program
    {
        public static async Task Main()
        {
            var client = new ArmClient(new PlaceholderCredential());
            var subscription = await client.GetDefaultSubscriptionAsync();
            var rg = (await subscription.GetResourceGroupAsync(NetworkNames.ResourceGroup)).Value;

            var hub = await Network.CreateHubAsync(rg);
            await Gateways.CreateHubGatewayAsync(rg);
            await Routing.RouteBackupThroughFirewallAsync(rg);

            var apps = await Network.CreateSpokeAsync(rg, "spoke-apps", AzureLocation.WestEurope, "10.1.0.0/16");
            var data = await Network.CreateSpokeAsync(rg, "spoke-data", AzureLocation.WestEurope, "10.2.0.0/16");
            var backup = await Network.CreateSpokeAsync(rg, NetworkNames.Backup, AzureLocation.WestEurope, "10.2.128.0/20");
            var branch = await Network.CreateSpokeAsync(rg, "branch-eus", AzureLocation.EastUS, "10.0.64.0/20");

            await Peerings.PeerSpokesAsync(hub, apps, data);
            await Peerings.PeerBackupAsync(backup, hub);
            await Peerings.PeerBranchAsync(hub, branch);
            await Legacy.PeerSharedServicesAsync(apps);
            await Growth.GrowHubAsync(rg);
            Console.WriteLine($"Deployed {hub.Data.Name}, {apps.Data.Name}, {data.Data.Name}, {backup.Data.Name}, {branch.Data.Name}");
        }
    }
}
