// A user's program: a hub-and-spoke network in West Europe, deployed with the Azure SDK.
// End-to-end test data. Each mistake the analyzers must report is marked "planted: <ID>" on the line
// where the diagnostic belongs; everything else is meant to be a correct peering setup, so that no
// other rule has anything to say about it.
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Network;
using Azure.ResourceManager.Resources;

namespace Contoso.Networking;

public static class Program
{
    public static async Task Main(string[] args)
    {
        var client = new ArmClient(new AccessTokenCredential(Environment.GetEnvironmentVariable("AZURE_ACCESS_TOKEN") ?? string.Empty));
        var rg = client.GetResourceGroupResource(ResourceGroupResource.CreateResourceIdentifier(args[0], "rg-network"));
        await DeployAsync(rg);
    }

    private static async Task DeployAsync(ResourceGroupResource rg)
    {
        var hub = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.0.0.0/16" } })).Value;
        var spoke = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "spoke", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.1.0.1/16" } })).Value; // planted: PEER204
        var apps = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "apps", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.2.0.0/16" } })).Value;
        var backup = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "backup", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.3.0.0/16" } })).Value;

        // The spoke's prefix above has host bits set (meant: 10.1.0.0/16).
        // Hub and spoke share the hub's gateway; the author set both gateway flags on the hub side.
        var data = new VirtualNetworkPeeringData { AllowGatewayTransit = true, UseRemoteGateways = true, RemoteVirtualNetworkId = spoke.Id }; // planted: PEER102
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-spoke", data);
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub", new VirtualNetworkPeeringData { AllowVirtualNetworkAccess = true, AllowGatewayTransit = true, RemoteVirtualNetworkId = hub.Id });

        // Hub and apps: a name with spaces and '!', which Azure rejects.
        var appsData = new VirtualNetworkPeeringData { AllowVirtualNetworkAccess = true, AllowForwardedTraffic = true, RemoteVirtualNetworkId = apps.Id };
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub to spoke!", appsData); // planted: PEER403
        await apps.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "apps-to-hub", new VirtualNetworkPeeringData { AllowVirtualNetworkAccess = true, RemoteVirtualNetworkId = hub.Id });

        // Hub and backup: connected but closed for traffic until the backup window (an info-level hint only).
        var backupData = new VirtualNetworkPeeringData { AllowVirtualNetworkAccess = false, RemoteVirtualNetworkId = backup.Id }; // planted: PEER304
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-backup", backupData);
        await backup.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "backup-to-hub", new VirtualNetworkPeeringData { AllowVirtualNetworkAccess = true, RemoteVirtualNetworkId = hub.Id });

        Console.WriteLine($"Deployed {hub.Id}, {spoke.Id}, {apps.Id} and {backup.Id}.");
    }
}

/// <summary>A bearer token from the environment (e.g. `az account get-access-token`), to keep the sample free of Azure.Identity.</summary>
internal sealed class AccessTokenCredential(string token) : TokenCredential
{
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(token, DateTimeOffset.UtcNow.AddHours(1));

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(GetToken(requestContext, cancellationToken));
}
