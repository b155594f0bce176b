using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

namespace ProvisioningNetwork
{
    /// <summary>
    /// A hub with a gateway subnet (its VPN gateway is deployed by another pipeline) and a firewall, and four spokes that
    /// use the hub's gateway. VNets are built by a helper; peerings are declared where they are read.
    /// </summary>
    public static class HubAndSpoke
    {
        public static void Declare(Infrastructure infra)
        {
            var hub = Vnet("hub", "10.0.0.0/16");
            hub.Subnets.Add(new SubnetResource("gatewaySubnet") { Name = "GatewaySubnet", AddressPrefix = "10.0.255.0/27" });
            hub.Subnets.Add(new SubnetResource("firewallSubnet") { Name = "AzureFirewallSubnet", AddressPrefix = "10.0.1.0/24" });
            var payments = Vnet("payments", "10.1.0.0/16");
            var reporting = Vnet("reporting", "10.2.0.0/16");
            var archive = Vnet("archive", "10.0.128.0/20");
            var sandbox = Vnet("sandbox", "10.4.0.0/16");
            sandbox.Subnets.Add(new SubnetResource("sandboxApp") { Name = "app", AddressPrefix = "10.4.1.0/33" }); // expect: PEER204
            foreach (var network in new[] { hub, payments, reporting, archive, sandbox })
            {
                infra.Add(network);
            }

            Routing.SendPaymentsToReportingThroughFirewall(infra, payments);

            infra.Add(new VirtualNetworkPeering("hubToPayments")
            {
                Parent = hub,
                Name = "hub-to-payments",
                RemoteVirtualNetworkId = payments.Id,
                AllowGatewayTransit = true,
                AllowForwardedTraffic = true,
                PeeringState = VirtualNetworkPeeringState.Connected, // expect: PEER406
            });
            infra.Add(new VirtualNetworkPeering("paymentsToHub") { Parent = payments, Name = "payments-to-hub", RemoteVirtualNetworkId = hub.Id, UseRemoteGateways = true }); // expect: PEER305
            infra.Add(new VirtualNetworkPeering("hubToReporting") { Parent = hub, Name = "hub-to-reporting", RemoteVirtualNetworkId = reporting.Id, AllowGatewayTransit = true, AllowForwardedTraffic = true });
            infra.Add(new VirtualNetworkPeering("reportingToHub")
            {
                Parent = reporting,
                Name = "reporting-to-hub",
                RemoteVirtualNetworkId = hub.Id,
                AllowForwardedTraffic = true,
                AllowGatewayTransit = true,
                UseRemoteGateways = true, // expect: PEER102
            });
            infra.Add(new VirtualNetworkPeering("hubToArchive") { Parent = hub, Name = "hub-to-archive", RemoteVirtualNetworkId = archive.Id }); // expect: PEER201
            infra.Add(new VirtualNetworkPeering("archiveToHub") { Parent = archive, Name = "archive-to-hub", RemoteVirtualNetworkId = hub.Id });
            infra.Add(new VirtualNetworkPeering("hubToSandbox") { Parent = hub, Name = "hub to sandbox", RemoteVirtualNetworkId = sandbox.Id }); // expect: PEER301 PEER403
        }

        private static VirtualNetwork Vnet(string identifier, string prefix) => new VirtualNetwork(identifier)
        {
            Name = identifier + "-vnet",
            Location = AzureLocation.WestEurope,
            AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { prefix } },
        };
    }
}
