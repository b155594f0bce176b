using System.Linq;
using Peering.Rules.Model;
using Peering.Terraform.Tests.Infrastructure;
using static Peering.Terraform.Tests.Infrastructure.TerraformRun;
using static Peering.Terraform.Tests.Infrastructure.Tf;

namespace Peering.Terraform.Tests.Reading
{
    /// <summary>The forms the same VNets and peerings take in azurerm and azapi, in .tf and .tf.json.</summary>
    public sealed class ResourceFormTests
    {
        private const string AzapiHubAndSpoke = """
            resource "azapi_resource" "hub" {
              type      = "Microsoft.Network/virtualNetworks@2024-05-01"
              name      = "hub"
              parent_id = "/subscriptions/s/resourceGroups/rg-network"
              location  = "westeurope"
              body = {
                properties = {
                  addressSpace = { addressPrefixes = ["10.0.0.0/16"] }
                  subnets      = [{ name = "GatewaySubnet", properties = { addressPrefix = "10.0.255.0/27" } }]
                }
              }
            }

            resource "azapi_resource" "spoke" {
              type      = "Microsoft.Network/virtualNetworks@2024-05-01"
              name      = "spoke"
              parent_id = "/subscriptions/s/resourceGroups/rg-network"
              location  = "westeurope"
              body = jsonencode({
                properties = { addressSpace = { addressPrefixes = ["10.1.0.0/16"] } }
              })
            }

            resource "azapi_resource" "hub_to_spoke" {
              type      = "Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01"
              name      = "hub-to-spoke"
              parent_id = azapi_resource.hub.id
              body = {
                properties = {
                  remoteVirtualNetwork = { id = azapi_resource.spoke.id }
                  allowGatewayTransit  = true
                  peeringState         = "Connected"
                }
              }
            }

            resource "azapi_resource" "spoke_to_hub" {
              type      = "Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2023-09-01"
              name      = "spoke-to-hub"
              parent_id = azapi_resource.spoke.id
              body = jsonencode({
                properties = {
                  remoteVirtualNetwork = { id = azapi_resource.hub.id }
                  useRemoteGateways    = true
                  allowGatewayTransit  = true
                }
              })
              depends_on = [azapi_resource.hub_to_spoke]
            }
            """;

        [Fact]
        public void Azapi_bodies_as_objects_and_as_jsonencode_are_read_as_arm_properties()
        {
            var result = Analyze(File("main.tf", AzapiHubAndSpoke));

            Assert.Equal("10.1.0.0/16", Assert.Single(result.Network("spoke").AddressPrefixes.Value).Prefix.Text);
            Assert.Same(result.Network("spoke"), result.Peering("hub-to-spoke").RemoteNetwork);
            Assert.Same(result.Network("hub"), result.Peering("spoke-to-hub").RemoteNetwork);
            Assert.Same(result.Network("spoke"), result.Peering("spoke-to-hub").Parent);
            Assert.Equal(new[] { "PEER406@main.tf:32", "PEER102@main.tf:44" }, result.Summary);
        }

        [Fact]
        public void An_unknown_value_inside_a_jsonencode_body_leaves_the_other_flags_known()
        {
            var configuration = Unknown("spoke_id") + AzapiHubAndSpoke.Replace("remoteVirtualNetwork = { id = azapi_resource.hub.id }", "remoteVirtualNetwork = { id = var.spoke_id }");

            var peering = Analyze(File("main.tf", configuration)).Peering("spoke-to-hub");

            Assert.Equal(FactState.Unknown, peering.Remote.State);
            Assert.True(peering.UseRemoteGateways.Is(true));
        }

        [Fact]
        public void Vnets_with_inline_subnets_route_tables_and_routes_in_all_forms()
        {
            var configuration = VNet("hub", "10.0.0.0/16") + """
                resource "azurerm_virtual_network" "spoke" {
                  name                = "spoke"
                  location            = "westeurope"
                  resource_group_name = "rg-network"
                  address_space       = ["10.1.0.0/16"]
                  subnet {
                    name             = "inline"
                    address_prefixes = ["10.1.0.0/24"]
                    route_table_id   = azurerm_route_table.spoke.id
                  }
                }

                resource "azurerm_route_table" "spoke" {
                  name                = "rt-spoke"
                  location            = "westeurope"
                  resource_group_name = "rg-network"
                  route {
                    name           = "inline"
                    address_prefix = "0.0.0.0/0"
                    next_hop_type  = "Internet"
                  }
                }

                resource "azurerm_route" "to_firewall" {
                  name                   = "to-firewall"
                  resource_group_name    = "rg-network"
                  route_table_name       = azurerm_route_table.spoke.name
                  address_prefix         = "10.2.0.0/16"
                  next_hop_type          = "VirtualAppliance"
                  next_hop_in_ip_address = "10.0.1.4"
                }
                """;

            var result = Analyze(File("main.tf", configuration));

            var table = Assert.Single(result.Topology.RouteTables);
            Assert.Equal(new[] { "inline", "to-firewall" }, table.Routes.Select(r => r.Name.Value));
            Assert.Same(result.Network("spoke"), Assert.Single(table.AssociatedNetworks));
            Assert.Contains(result.Topology.AddressPrefixUses, use => use.Text == "10.1.0.0/24" && use.Owner == "subnet 'inline' of VNet 'spoke'");
        }

        [Fact]
        public void A_tf_json_configuration_reads_like_hcl()
        {
            const string json = """
                {
                  "resource": {
                    "azurerm_virtual_network": {
                      "hub": { "name": "hub", "location": "westeurope", "resource_group_name": "rg-network", "address_space": ["10.0.0.0/16"] },
                      "spoke": { "name": "spoke", "location": "westeurope", "resource_group_name": "rg-network", "address_space": ["10.0.0.0/24"],
                                 "subnet": [ { "name": "a", "address_prefixes": ["10.0.0.0/25"] } ] }
                    },
                    "azurerm_virtual_network_peering": {
                      "hub_to_spoke": { "name": "hub-to-spoke", "resource_group_name": "rg-network", "virtual_network_name": "${azurerm_virtual_network.hub.name}",
                                        "remote_virtual_network_id": "${azurerm_virtual_network.spoke.id}" }
                    }
                  }
                }
                """;

            var result = Analyze(File("main.tf.json", json));

            Assert.Equal(new[] { "PEER201@main.tf.json:9", "PEER301@main.tf.json:9" }, result.Summary);
            Assert.Contains(result.Topology.AddressPrefixUses, use => use.Text == "10.0.0.0/25");
        }

        [Fact]
        public void A_provider_subscription_and_a_literal_id_name_the_same_vnet()
        {
            var configuration = """
                provider "azurerm" {
                  features {}
                  subscription_id = "00000000-0000-0000-0000-000000000001"
                }

                """ + VNet("hub", "10.0.0.0/16") + VNet("spoke", "10.1.0.0/16") + Link("hub", "spoke")
                + Link("spoke", "hub").Replace("azurerm_virtual_network.hub.id", "\"/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/hub\"");

            var result = Analyze(File("main.tf", configuration));

            Assert.Empty(result.Findings);
            Assert.Same(result.Network("hub"), result.Peering("spoke-to-hub").RemoteNetwork);
        }

        [Fact]
        public void Count_with_a_condition_and_a_conditional_expression_decide_which_peerings_exist()
        {
            var configuration = """
                variable "peer_back" {
                  type    = bool
                  default = false
                }

                """ + VNet("hub", "10.0.0.0/16") + VNet("spoke", "10.1.0.0/16") + Link("hub", "spoke")
                + Link("spoke", "hub").Replace("name                      = \"spoke-to-hub\"", "count = var.peer_back ? 1 : 0\n  name = \"spoke-to-hub\"");

            Assert.Equal(new[] { "PEER301" }, Analyze(File("main.tf", configuration)).RuleIds);
            Assert.Empty(Analyze(File("main.tf", configuration.Replace("default = false", "default = true"))).RuleIds);
        }

        [Fact]
        public void A_peering_whose_count_is_unknown_may_exist_so_the_link_back_may_too()
        {
            var configuration = Unknown("peer_back") + VNet("hub", "10.0.0.0/16") + VNet("spoke", "10.1.0.0/16") + Link("hub", "spoke")
                + Link("spoke", "hub").Replace("name                      = \"spoke-to-hub\"", "count = var.peer_back ? 1 : 0\n  name = \"spoke-to-hub\"");

            var result = Analyze(File("main.tf", configuration));

            Assert.True(result.Peering("spoke-to-hub").IsConditional);
            Assert.Empty(result.RuleIds);
        }
    }
}
