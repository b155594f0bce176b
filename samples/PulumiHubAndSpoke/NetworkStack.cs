using Pulumi;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

/// <summary>
/// A hub with a VPN gateway and a firewall, and two application spokes. Each spoke uses the hub's gateway and sends the
/// other spoke's traffic through the firewall.
/// </summary>
public sealed class NetworkStack : Stack
{
    public NetworkStack()
    {
        var config = new Config();
        var rg = new ResourceGroup("network", new ResourceGroupArgs { Location = "westeurope" });

        var hub = new VirtualNetwork("hub", new VirtualNetworkArgs
        {
            ResourceGroupName = rg.Name,
            Location = rg.Location,
            AddressSpace = new Inputs.AddressSpaceArgs { AddressPrefixes = { "10.0.0.0/16" } },
            Subnets =
            {
                new Inputs.SubnetArgs { Name = "GatewaySubnet", AddressPrefix = "10.0.255.0/27" },
                new Inputs.SubnetArgs { Name = "AzureFirewallSubnet", AddressPrefix = "10.0.1.0/26" },
            },
            Tags = { { "environment", config.Get("environment") ?? "dev" } },
        });
        Gateways.DeployVpn(rg, hub);

        var apps = Spokes.Declare(rg, "apps", "10.1.0.0/16");
        var data = Spokes.Declare(rg, "data", "10.1.128.0/20");

        // The hub offers its gateway to both spokes.
        new VirtualNetworkPeering("hub-to-apps", new VirtualNetworkPeeringArgs
        {
            ResourceGroupName = rg.Name,
            VirtualNetworkName = hub.Name,
            RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = apps.Id },
            AllowGatewayTransit = true,
            AllowForwardedTraffic = true,
        });
        new VirtualNetworkPeering("hub-to-data", new VirtualNetworkPeeringArgs // expect: PEER202 PEER301
        {
            ResourceGroupName = rg.Name,
            VirtualNetworkName = hub.Name,
            RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = data.Id },
            AllowGatewayTransit = true,
            UseRemoteGateways = true, // expect: PEER102 PEER105
        });

        // The apps spoke uses the hub's gateway; its traffic to the data spoke goes through the hub's firewall.
        new VirtualNetworkPeering("apps-to-hub", new VirtualNetworkPeeringArgs // expect: PEER305
        {
            ResourceGroupName = rg.Name,
            VirtualNetworkName = apps.Name,
            VirtualNetworkPeeringName = "apps to hub", // expect: PEER403
            RemoteVirtualNetwork = new Inputs.SubResourceArgs { Id = hub.Id },
            UseRemoteGateways = true,
        });
        Routing.ThroughFirewall(rg, apps, "10.1.128.0/20", "10.0.1.4");
    }
}
