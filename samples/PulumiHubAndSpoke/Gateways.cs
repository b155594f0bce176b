using Pulumi;
using Pulumi.AzureNative.Network;
using Pulumi.AzureNative.Resources;
using Inputs = Pulumi.AzureNative.Network.Inputs;

/// <summary>The hub's VPN gateway, in the hub's GatewaySubnet.</summary>
public static class Gateways
{
    public static void DeployVpn(ResourceGroup rg, VirtualNetwork hub) =>
        new VirtualNetworkGateway("hub-vpn", new VirtualNetworkGatewayArgs
        {
            ResourceGroupName = rg.Name,
            GatewayType = VirtualNetworkGatewayType.Vpn,
            VpnType = VpnType.RouteBased,
            Sku = new Inputs.VirtualNetworkGatewaySkuArgs { Name = VirtualNetworkGatewaySkuName.VpnGw1, Tier = VirtualNetworkGatewaySkuTier.VpnGw1 },
            IpConfigurations =
            {
                new Inputs.VirtualNetworkGatewayIPConfigurationArgs
                {
                    Name = "default",
                    Subnet = new Inputs.SubResourceArgs { Id = Output.Format($"{hub.Id}/subnets/GatewaySubnet") },
                },
            },
        });
}
