using System.Linq;
using Peering.Rules.Checks;
using Peering.Terraform.Tests.Infrastructure;
using static Peering.Terraform.Tests.Infrastructure.Tf;
using static Peering.Terraform.Tests.Infrastructure.TerraformRun;

namespace Peering.Terraform.Tests.Rules
{
    /// <summary>
    /// Each rule that templates decide, decided on Terraform: a case that reports, a case that does not, and a case
    /// whose deciding value is unknown before apply, which must stay silent.
    /// </summary>
    public sealed class RuleCaseTests
    {
        private static readonly string HubAndSpoke = VNet("hub", "10.0.0.0/16") + VNet("spoke", "10.1.0.0/16") + Gateway("hub", "10.0.255.0/27");

        /// <summary>The settings of a spoke's peering that uses the hub's gateway, created after the gateway and the hub's peering back.</summary>
        private const string UsesHubGateway = "use_remote_gateways = true\n  depends_on = [azurerm_virtual_network_gateway.hub, azurerm_virtual_network_peering.hub_to_spoke]";

        private static string[] Rules(string configuration, bool closedWorld = false) =>
            Analyze(closedWorld ? ClosedWorld : AnalysisOptions.Default, File("main.tf", configuration)).RuleIds;

        private static string[] Summary(string configuration, bool closedWorld = false) =>
            Analyze(closedWorld ? ClosedWorld : AnalysisOptions.Default, File("main.tf", configuration)).Summary;

        [Fact]
        public void PEER102_both_gateway_flags_on_one_peering()
        {
            var both = HubAndSpoke + Link("hub", "spoke", "allow_gateway_transit = true\n  use_remote_gateways = true") + Link("spoke", "hub");

            Assert.Contains("PEER102", Rules(both));
            Assert.DoesNotContain("PEER102", Rules(HubAndSpoke + Link("hub", "spoke", "allow_gateway_transit = true") + Link("spoke", "hub", "use_remote_gateways = true")));
            Assert.Empty(Rules(Unknown("transit") + HubAndSpoke + Link("hub", "spoke", "allow_gateway_transit = true\n  use_remote_gateways = var.transit") + Link("spoke", "hub")));
        }

        [Fact]
        public void PEER104_use_remote_gateways_without_transit_on_the_reverse_or_without_a_gateway()
        {
            var noTransit = HubAndSpoke + Link("hub", "spoke") + Link("spoke", "hub", "use_remote_gateways = true\n  depends_on = [azurerm_virtual_network_gateway.hub]");
            var transit = HubAndSpoke + Link("hub", "spoke", "allow_gateway_transit = true") + Link("spoke", "hub", UsesHubGateway);
            var unknownTransit = Unknown("transit") + HubAndSpoke + Link("hub", "spoke", "allow_gateway_transit = var.transit") + Link("spoke", "hub", UsesHubGateway);
            var noGateway = VNet("hub", "10.0.0.0/16") + VNet("spoke", "10.1.0.0/16") + Link("hub", "spoke", "allow_gateway_transit = true")
                + Link("spoke", "hub", "use_remote_gateways = true\n  depends_on = [azurerm_virtual_network_peering.hub_to_spoke]");

            Assert.Equal(new[] { "PEER104@main.tf:42" }, Summary(noTransit));
            Assert.Empty(Rules(transit, closedWorld: true));
            Assert.Empty(Rules(unknownTransit, closedWorld: true));
            Assert.Contains("PEER104", Rules(noGateway, closedWorld: true));
            Assert.Empty(Rules(noGateway));
        }

        [Fact]
        public void PEER110_a_peering_that_uses_the_hub_gateway_before_the_gateway_and_the_peering_back_exist()
        {
            var parallel = HubAndSpoke + Link("hub", "spoke", "allow_gateway_transit = true") + Link("spoke", "hub", "use_remote_gateways = true");
            var afterGatewayOnly = HubAndSpoke + Link("hub", "spoke", "allow_gateway_transit = true")
                + Link("spoke", "hub", "use_remote_gateways = true\n  depends_on = [azurerm_virtual_network_gateway.hub]");

            var finding = Assert.Single(Analyze(File("main.tf", parallel)).Findings);
            Assert.Equal("PEER110", finding.Rule.Id);
            Assert.Equal(
                "Peering 'spoke-to-hub' of VNet 'spoke' uses the gateway of VNet 'hub' but is not ordered after gateway azurerm_virtual_network_gateway.hub and peering 'hub-to-spoke' of VNet 'hub',"
                + " which the apply of '.' also creates: Azure checks for the gateway and for AllowGatewayTransit on the peering back when it writes the peering, so it can fail (RemoteVnetHasNoGateways);"
                + " list gateway azurerm_virtual_network_gateway.hub and azurerm_virtual_network_peering.hub_to_spoke in the depends_on of azurerm_virtual_network_peering.spoke_to_hub,"
                + " or refer to them from it (a module that holds them counts)",
                finding.Message);
            Assert.Equal(new[] { "PEER110@main.tf:37" }, Summary(afterGatewayOnly));
            Assert.Empty(Rules(HubAndSpoke + Link("hub", "spoke", "allow_gateway_transit = true") + Link("spoke", "hub", UsesHubGateway)));

            // A hub read through data sources, whose gateway and peering back another configuration created: nothing to wait for.
            var hubElsewhere = """
                data "azurerm_virtual_network" "hub" {
                  name                = "hub"
                  resource_group_name = "rg-network"
                }

                """ + VNet("spoke", "10.1.0.0/16") + Link("spoke", "hub", "use_remote_gateways = true").Replace("azurerm_virtual_network.hub.id", "data.azurerm_virtual_network.hub.id");
            Assert.Empty(Rules(hubElsewhere));

            // What it waits for is a module terraform init did not install: it may hold the gateway and the peering back.
            var unreadModule = "module \"hub_peering\" {\n  source  = \"contoso/peering/azurerm\"\n  version = \"1.0.0\"\n}\n";
            var waitsForUnread = HubAndSpoke + Link("hub", "spoke", "allow_gateway_transit = true") + unreadModule
                + Link("spoke", "hub", "use_remote_gateways = true\n  depends_on = [module.hub_peering]");
            Assert.Equal(new[] { "PEER902" }, Rules(waitsForUnread));
        }

        [Fact]
        public void PEER201_peered_vnets_overlap()
        {
            var overlapping = VNet("hub", "10.0.0.0/16") + VNet("spoke", "10.0.128.0/17") + Link("hub", "spoke") + Link("spoke", "hub");

            Assert.Contains("PEER201", Rules(overlapping));
            Assert.Empty(Rules(VNet("hub", "10.0.0.0/16") + VNet("spoke", "10.1.0.0/16") + Link("hub", "spoke") + Link("spoke", "hub")));
            Assert.Empty(Rules(Unknown("space") + VNet("hub", "10.0.0.0/16") + VNet("spoke", "10.1.0.0/16").Replace("[\"10.1.0.0/16\"]", "[var.space]") + Link("hub", "spoke") + Link("spoke", "hub")));
        }

        [Fact]
        public void PEER202_two_spokes_of_one_hub_overlap()
        {
            string Spokes(string second) => VNet("hub", "10.0.0.0/16") + VNet("a", "10.1.0.0/16") + VNet("b", second)
                + Link("hub", "a") + Link("a", "hub") + Link("hub", "b") + Link("b", "hub");

            Assert.Contains("PEER202", Rules(Spokes("10.1.0.0/24")));
            Assert.Empty(Rules(Spokes("10.2.0.0/16")));
            Assert.Empty(Rules(Unknown("space") + Spokes("x").Replace("[\"x\"]", "var.space")));
        }

        [Fact]
        public void PEER301_a_peering_without_its_reverse()
        {
            Assert.Equal(new[] { "PEER301@main.tf:13" }, Summary(VNet("hub", "10.0.0.0/16") + VNet("spoke", "10.1.0.0/16") + Link("hub", "spoke")));
            Assert.Empty(Rules(VNet("hub", "10.0.0.0/16") + VNet("spoke", "10.1.0.0/16") + Link("hub", "spoke") + Link("spoke", "hub")));

            // The spoke's peering names its remote by a variable with no value: it may be the peering back.
            var unknownRemote = Unknown("remote") + VNet("hub", "10.0.0.0/16") + VNet("spoke", "10.1.0.0/16") + Link("hub", "spoke")
                + Link("spoke", "hub").Replace("azurerm_virtual_network.hub.id", "var.remote");
            Assert.Empty(Rules(unknownRemote));

            // A VNet only read through a data source is not owned by the configuration: its peering back may be elsewhere.
            var dataHub = VNet("spoke", "10.1.0.0/16") + """
                data "azurerm_virtual_network" "hub" {
                  name                = "hub"
                  resource_group_name = "rg-network"
                }

                resource "azurerm_virtual_network_peering" "spoke_to_hub" {
                  name                      = "spoke-to-hub"
                  resource_group_name       = "rg-network"
                  virtual_network_name      = azurerm_virtual_network.spoke.name
                  remote_virtual_network_id = data.azurerm_virtual_network.hub.id
                }
                """;
            Assert.Empty(Rules(dataHub));
        }

        [Fact]
        public void PEER302_a_vnet_peered_to_itself()
        {
            Assert.Contains("PEER302", Rules(VNet("hub", "10.0.0.0/16") + Link("hub", "hub")));
            Assert.Empty(Rules(Unknown("remote") + VNet("hub", "10.0.0.0/16") + Link("hub", "hub").Replace("azurerm_virtual_network.hub.id", "var.remote")));
        }

        [Fact]
        public void PEER401_a_peering_without_a_remote()
        {
            var none = VNet("hub", "10.0.0.0/16") + Link("hub", "hub").Replace("remote_virtual_network_id = azurerm_virtual_network.hub.id", string.Empty);

            Assert.Equal(new[] { "PEER401" }, Rules(none));
        }

        [Theory]
        [InlineData("\"/subscriptions/s/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/spoke/subnets/default\"", true)]
        [InlineData("\"spoke\"", true)]
        [InlineData("azurerm_subnet.spoke_default.id", true)]
        [InlineData("azurerm_resource_group.network.id", true)]
        [InlineData("\"/subscriptions/s/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/spoke\"", false)]
        [InlineData("var.remote", false)]
        public void PEER402_a_remote_id_that_is_not_a_vnet_id(string remote, bool reported)
        {
            var configuration = Unknown("remote") + VNet("hub", "10.0.0.0/16") + VNet("spoke", "10.1.0.0/16") + """
                resource "azurerm_resource_group" "network" {
                  name     = "rg-network"
                  location = "westeurope"
                }

                resource "azurerm_subnet" "spoke_default" {
                  name                 = "default"
                  resource_group_name  = "rg-network"
                  virtual_network_name = azurerm_virtual_network.spoke.name
                  address_prefixes     = ["10.1.0.0/24"]
                }

                """ + Link("hub", "spoke").Replace("azurerm_virtual_network.spoke.id", remote) + Link("spoke", "hub");

            Assert.Equal(reported, Rules(configuration).Contains("PEER402"));
        }

        [Fact]
        public void PEER403_an_invalid_peering_name()
        {
            Assert.Contains("PEER403", Rules(VNet("hub", "10.0.0.0/16") + VNet("spoke", "10.1.0.0/16") + Link("hub", "spoke").Replace("\"hub-to-spoke\"", "\"hub to spoke!\"") + Link("spoke", "hub")));
        }

        [Fact]
        public void Gateway_rules_PEER103_PEER105_PEER106_PEER107()
        {
            var bothUse = HubAndSpoke + Gateway("spoke", "10.1.255.0/27") + Link("hub", "spoke", "use_remote_gateways = true") + Link("spoke", "hub", "use_remote_gateways = true");
            Assert.Contains("PEER103", Rules(bothUse));
            Assert.Contains("PEER105", Rules(bothUse));

            var twoHubs = HubAndSpoke + VNet("hub2", "10.2.0.0/16") + Gateway("hub2", "10.2.255.0/27")
                + Link("hub", "spoke", "allow_gateway_transit = true") + Link("spoke", "hub", "use_remote_gateways = true")
                + Link("hub2", "spoke", "allow_gateway_transit = true") + Link("spoke", "hub2", "use_remote_gateways = true");
            Assert.Contains("PEER106", Rules(twoHubs));

            var transitWithoutGateway = VNet("hub", "10.0.0.0/16") + VNet("spoke", "10.1.0.0/16") + Link("hub", "spoke", "allow_gateway_transit = true") + Link("spoke", "hub");
            Assert.Contains("PEER107", Rules(transitWithoutGateway, closedWorld: true));
            Assert.DoesNotContain("PEER107", Rules(transitWithoutGateway));
        }

        [Fact]
        public void PEER101_remote_gateways_across_regions_and_PEER304_blocked_access_and_PEER303_two_links()
        {
            var global = VNet("hub", "10.0.0.0/16") + VNet("spoke", "10.1.0.0/16", "northeurope") + Gateway("hub", "10.0.255.0/27")
                + Link("hub", "spoke", "allow_gateway_transit = true") + Link("spoke", "hub", "use_remote_gateways = true");
            Assert.Contains("PEER101", Rules(global));

            var blocked = HubAndSpoke + Link("hub", "spoke", "allow_virtual_network_access = false") + Link("spoke", "hub");
            Assert.Contains("PEER304", Rules(blocked));

            var twice = HubAndSpoke + Link("hub", "spoke") + Link("spoke", "hub") + Link("hub", "spoke").Replace("hub_to_spoke", "hub_to_spoke_again").Replace("\"hub-to-spoke\"", "\"hub-to-spoke-again\"");
            Assert.Contains("PEER303", Rules(twice));
        }

        [Fact]
        public void PEER204_an_invalid_prefix_in_a_vnet_or_subnet()
        {
            Assert.Equal(new[] { "PEER204@main.tf:5" }, Summary(VNet("hub", "10.0.0.1/16")));
            Assert.Empty(Rules(Unknown("space") + VNet("hub", "x").Replace("[\"x\"]", "[var.space]")));
        }

        [Fact]
        public void PEER305_a_route_through_an_appliance_in_a_peered_vnet_without_forwarded_traffic()
        {
            var routed = HubAndSpoke + RoutedSubnet("spoke", "10.1.1.0/24",
                "name = \"default\"\n address_prefix = \"0.0.0.0/0\"\n next_hop_type = \"VirtualAppliance\"\n next_hop_in_ip_address = \"10.0.1.4\"");

            Assert.Contains("PEER305", Rules(routed + Link("hub", "spoke") + Link("spoke", "hub")));
            Assert.DoesNotContain("PEER305", Rules(routed + Link("hub", "spoke", "allow_forwarded_traffic = true") + Link("spoke", "hub", "allow_forwarded_traffic = true")));
        }

        [Fact]
        public void PEER306_a_route_that_expects_peering_through_the_hub_to_be_transitive()
        {
            // Spoke a routes spoke b's prefix with next hop VnetLocal; a and b are each peered with the hub only.
            string Routed(string destination, string extraLinks = "") => VNet("hub", "10.0.0.0/16") + VNet("a", "10.1.0.0/16") + VNet("b", "10.2.0.0/16")
                + RoutedSubnet("a", "10.1.1.0/24", "name = \"to-b\"\n address_prefix = " + destination + "\n next_hop_type = \"VnetLocal\"")
                + Link("hub", "a") + Link("a", "hub") + Link("hub", "b") + Link("b", "hub") + extraLinks;

            Assert.Equal(new[] { "PEER306@main.tf:30" }, Summary(Routed("\"10.2.0.0/16\"")));
            Assert.Empty(Rules(Routed("\"10.2.0.0/16\"", Link("a", "b") + Link("b", "a"))));
            Assert.Empty(Rules(Unknown("destination") + Routed("var.destination")));
        }

        [Fact]
        public void PEER404_an_azapi_peering_between_two_classic_vnets()
        {
            const string ClassicA = "/subscriptions/1111/resourceGroups/old/providers/Microsoft.ClassicNetwork/virtualNetworks/legacy-a";
            const string ClassicB = "/subscriptions/1111/resourceGroups/old/providers/Microsoft.ClassicNetwork/virtualNetworks/legacy-b";
            string Peering(string parent, string remote) => $$"""
                resource "azapi_resource" "legacy_a_to_b" {
                  type      = "Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01"
                  name      = "legacy-a-to-b"
                  parent_id = {{parent}}
                  body = {
                    properties = {
                      remoteVirtualNetwork = { id = {{remote}} }
                    }
                  }
                }
                """;

            Assert.Equal(new[] { "PEER404@main.tf:7" }, Summary(Peering($"\"{ClassicA}\"", $"\"{ClassicB}\"")).Where(f => f.StartsWith("PEER404")).ToArray());
            Assert.DoesNotContain("PEER404", Rules(VNet("hub", "10.0.0.0/16") + Peering("azurerm_virtual_network.hub.id", $"\"{ClassicB}\"")));
            Assert.DoesNotContain("PEER404", Rules(Unknown("remote") + Peering($"\"{ClassicA}\"", "var.remote")));
        }

        [Fact]
        public void PEER406_a_service_managed_property_in_an_azapi_body()
        {
            string HubToSpoke(string body) => VNet("hub", "10.0.0.0/16") + VNet("spoke", "10.1.0.0/16") + Link("spoke", "hub") + $$"""
                resource "azapi_resource" "hub_to_spoke" {
                  type      = "Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01"
                  name      = "hub-to-spoke"
                  parent_id = azurerm_virtual_network.hub.id
                  body      = {{body}}
                }
                """;
            string Properties(string settings) => "{\n    properties = {\n      remoteVirtualNetwork = { id = azurerm_virtual_network.spoke.id }\n      " + settings + "\n    }\n  }";

            Assert.Equal(new[] { "PEER406@main.tf:27" }, Summary(HubToSpoke(Properties("peeringState = \"Connected\""))));
            Assert.Empty(Rules(HubToSpoke(Properties(string.Empty))));

            // A value not known before apply still sets the property; a body not known before apply may or may not set one.
            Assert.Contains("PEER406", Rules(Unknown("state") + HubToSpoke(Properties("peeringState = var.state"))));
            Assert.DoesNotContain("PEER406", Rules(Unknown("body") + HubToSpoke("var.body")));
        }

        [Fact]
        public void PEER108_using_the_gateway_of_a_classic_vnet()
        {
            string ToClassic(string settings) => VNet("hub", "10.0.0.0/16") + Link("hub", "legacy", settings)
                .Replace("azurerm_virtual_network.legacy.id", "\"/subscriptions/1111/resourceGroups/old/providers/Microsoft.ClassicNetwork/virtualNetworks/legacy\"");

            Assert.Contains("PEER108", Rules(ToClassic("use_remote_gateways = true")));
            Assert.DoesNotContain("PEER108", Rules(ToClassic(string.Empty)));
            Assert.DoesNotContain("PEER108", Rules(Unknown("use") + ToClassic("use_remote_gateways = var.use")));
        }

        [Fact]
        public void PEER502_is_silent_for_a_remote_in_another_subscription_as_no_terraform_input_names_the_tenants()
        {
            // A resource id names a subscription, not a tenant; the reader maps no tenant (the provider's tenant_id
            // included), so PEER502 is decided only where another front end of the run knows both tenants.
            var otherSubscription = VNet("hub", "10.0.0.0/16") + Link("hub", "partner")
                .Replace("azurerm_virtual_network.partner.id", "\"/subscriptions/2222/resourceGroups/partner-rg/providers/Microsoft.Network/virtualNetworks/partner\"");

            Assert.DoesNotContain("PEER502", Rules(otherSubscription));
        }

        [Fact]
        public void PEER501_more_peerings_than_the_limit_from_count()
        {
            var many = VNet("hub", "10.0.0.0/16") + """
                resource "azurerm_virtual_network_peering" "many" {
                  count                     = 501
                  name                      = "to-spoke-${count.index}"
                  resource_group_name       = "rg-network"
                  virtual_network_name      = azurerm_virtual_network.hub.name
                  remote_virtual_network_id = "/subscriptions/s/resourceGroups/rg-spokes/providers/Microsoft.Network/virtualNetworks/spoke-${count.index}"
                }
                """;

            var result = Analyze(File("main.tf", many));

            Assert.Equal(501, result.Topology.Peerings.Count);
            Assert.Contains("PEER501", result.RuleIds);
        }

        [Fact]
        public void PEER405_one_peering_name_for_two_remotes()
        {
            var reused = VNet("hub", "10.0.0.0/16") + VNet("a", "10.1.0.0/16") + VNet("b", "10.2.0.0/16")
                + Link("hub", "a").Replace("\"hub-to-a\"", "\"hub-to-spoke\"") + Link("hub", "b").Replace("\"hub-to-b\"", "\"hub-to-spoke\"") + Link("a", "hub") + Link("b", "hub");

            Assert.Contains("PEER405", Rules(reused));
            Assert.DoesNotContain("PEER405", Rules(VNet("hub", "10.0.0.0/16") + VNet("a", "10.1.0.0/16") + VNet("b", "10.2.0.0/16")
                + Link("hub", "a") + Link("hub", "b") + Link("a", "hub") + Link("b", "hub")));
        }

        [Fact]
        public void PEER109_do_not_verify_remote_gateways_in_an_azapi_body()
        {
            string Spoke(string settings) => HubAndSpoke + Link("hub", "spoke", "allow_gateway_transit = true") + $$"""
                resource "azapi_resource" "spoke_to_hub" {
                  type      = "Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01"
                  name      = "spoke-to-hub"
                  parent_id = azurerm_virtual_network.spoke.id
                  body = {
                    properties = {
                      remoteVirtualNetwork = { id = azurerm_virtual_network.hub.id }
                      useRemoteGateways    = true
                      {{settings}}
                    }
                  }
                }
                """;

            Assert.Contains("PEER109", Rules(Spoke("doNotVerifyRemoteGateways = true")));
            Assert.DoesNotContain("PEER109", Rules(Spoke(string.Empty)));
            Assert.DoesNotContain("PEER109", Rules(Unknown("skip") + Spoke("doNotVerifyRemoteGateways = var.skip")));
        }

        [Fact]
        public void PEER503_global_peering_outside_the_preview_regions_under_the_2017_profile()
        {
            var global = VNet("hub", "10.0.0.0/16", "westcentralus") + VNet("spoke", "10.1.0.0/16", "northeurope") + Link("hub", "spoke") + Link("spoke", "hub");
            var october2017 = new AnalysisOptions(Peering.Rules.Profiles.PlatformProfile.October2017, closedWorld: false);

            Assert.Contains("PEER503", Analyze(october2017, File("main.tf", global)).RuleIds);
            Assert.DoesNotContain("PEER503", Analyze(File("main.tf", global)).RuleIds);
        }
    }
}
