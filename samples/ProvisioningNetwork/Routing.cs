using Azure.Provisioning;
using Azure.Provisioning.Network;

namespace ProvisioningNetwork
{
    /// <summary>The payments spoke reaches the reporting spoke through the firewall in the hub (10.0.1.4).</summary>
    public static class Routing
    {
        public static void SendPaymentsToReportingThroughFirewall(Infrastructure infra, VirtualNetwork payments)
        {
            var viaFirewall = new RouteTable("viaFirewall")
            {
                Name = "via-firewall",
                Routes =
                {
                    new RouteResource("toReporting") { Name = "to-reporting", AddressPrefix = "10.2.0.0/16", NextHopType = RouteNextHopType.VirtualAppliance, NextHopIPAddress = "10.0.1.4" },
                },
            };
            infra.Add(viaFirewall);
            infra.Add(new SubnetResource("paymentsApp") { Parent = payments, Name = "app", AddressPrefix = "10.1.1.0/24", RouteTable = viaFirewall });
        }
    }
}
