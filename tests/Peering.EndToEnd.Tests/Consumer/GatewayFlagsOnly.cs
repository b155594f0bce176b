// A user's program with one mistake only: both gateway flags on the hub's peering (PEER102, an error by
// default). End-to-end test data for the .editorconfig severity tests; the diagnostic belongs on the line
// marked "planted: PEER102", and nothing else in the file is meant to be reported.
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

        var hub = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "hub", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.0.0.0/16" } })).Value;
        var spoke = (await rg.GetVirtualNetworks().CreateOrUpdateAsync(WaitUntil.Completed, "spoke", new VirtualNetworkData { Location = AzureLocation.WestEurope, AddressPrefixes = { "10.1.0.0/16" } })).Value;

        var data = new VirtualNetworkPeeringData { AllowGatewayTransit = true, UseRemoteGateways = true, RemoteVirtualNetworkId = spoke.Id }; // planted: PEER102
        await hub.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "hub-to-spoke", data);
        await spoke.GetVirtualNetworkPeerings().CreateOrUpdateAsync(WaitUntil.Completed, "spoke-to-hub", new VirtualNetworkPeeringData { AllowVirtualNetworkAccess = true, AllowGatewayTransit = true, RemoteVirtualNetworkId = hub.Id });
    }
}

/// <summary>A bearer token from the environment, to keep the sample free of Azure.Identity.</summary>
internal sealed class AccessTokenCredential(string token) : TokenCredential
{
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(token, DateTimeOffset.UtcNow.AddHours(1));

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(GetToken(requestContext, cancellationToken));
}
