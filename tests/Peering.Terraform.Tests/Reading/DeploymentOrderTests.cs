using System.Linq;
using Peering.Terraform.Tests.Infrastructure;
using static Peering.Terraform.Tests.Infrastructure.TerraformRun;
using static Peering.Terraform.Tests.Infrastructure.Tf;

namespace Peering.Terraform.Tests.Reading
{
    /// <summary>
    /// The order Terraform creates a root module's resources in, as PEER110 reads it from the configuration: references
    /// through locals, module variables and outputs, <c>depends_on</c> of resources, outputs and module calls.
    /// </summary>
    public sealed class DeploymentOrderTests
    {
        /// <summary>A hub module: its VNet, gateway and the peerings to the spokes it is given, as landing-zone code writes one.</summary>
        private const string HubModule = """
            variable "spokes" { type = map(string) }

            resource "azurerm_virtual_network" "hub" {
              name                = "hub"
              location            = "westeurope"
              resource_group_name = "rg-hub"
              address_space       = ["10.0.0.0/16"]
            }

            resource "azurerm_subnet" "gateway" {
              name                 = "GatewaySubnet"
              resource_group_name  = "rg-hub"
              virtual_network_name = azurerm_virtual_network.hub.name
              address_prefixes     = ["10.0.255.0/27"]
            }

            resource "azurerm_virtual_network_gateway" "this" {
              name                = "vgw-hub"
              location            = "westeurope"
              resource_group_name = "rg-hub"
              type                = "Vpn"
              sku                 = "VpnGw1"
              ip_configuration {
                subnet_id = azurerm_subnet.gateway.id
              }
            }

            resource "azurerm_virtual_network_peering" "to_spoke" {
              for_each                  = var.spokes
              name                      = "hub-to-${each.key}"
              resource_group_name       = "rg-hub"
              virtual_network_name      = azurerm_virtual_network.hub.name
              remote_virtual_network_id = each.value
              allow_gateway_transit     = true
            }

            output "vnet_id" {
              value = azurerm_virtual_network.hub.id
            }

            output "ready_id" {
              value      = azurerm_virtual_network.hub.id
              depends_on = [azurerm_virtual_network_gateway.this, azurerm_virtual_network_peering.to_spoke]
            }
            """;

        /// <summary>A root with one spoke peered to the hub module; HUB_ID is how the spoke's peering names the hub.</summary>
        private const string Root = """
            resource "azurerm_virtual_network" "spoke" {
              name                = "spoke"
              location            = "westeurope"
              resource_group_name = "rg-spoke"
              address_space       = ["10.1.0.0/16"]
            }

            module "hub" {
              source = "./hub"
              spokes = { spoke = azurerm_virtual_network.spoke.id }
            }

            resource "azurerm_virtual_network_peering" "to_hub" {
              name                      = "spoke-to-hub"
              resource_group_name       = "rg-spoke"
              virtual_network_name      = azurerm_virtual_network.spoke.name
              remote_virtual_network_id = HUB_ID
              use_remote_gateways       = true
              DEPENDS
            }
            """;

        private static string[] Rules(string hubId, string dependsOn = "") =>
            Analyze(File("main.tf", Root.Replace("HUB_ID", hubId).Replace("DEPENDS", dependsOn)), File("hub/main.tf", HubModule)).RuleIds;

        [Fact]
        public void PEER110_an_output_waits_for_what_its_value_and_its_depends_on_refer_to()
        {
            Assert.Equal(new[] { "PEER110" }, Rules("module.hub.vnet_id"));
            Assert.Empty(Rules("module.hub.ready_id"));
        }

        [Fact]
        public void PEER110_depends_on_a_module_waits_for_everything_in_it()
        {
            Assert.Empty(Rules("module.hub.vnet_id", "depends_on = [module.hub]"));
        }

        [Fact]
        public void PEER110_the_depends_on_of_a_module_call_orders_everything_in_the_module()
        {
            var spokeModule = """
                variable "hub_id" { type = string }

                resource "azurerm_virtual_network" "this" {
                  name                = "spoke"
                  location            = "westeurope"
                  resource_group_name = "rg-spoke"
                  address_space       = ["10.1.0.0/16"]
                }

                resource "azurerm_virtual_network_peering" "to_hub" {
                  name                      = "spoke-to-hub"
                  resource_group_name       = "rg-spoke"
                  virtual_network_name      = azurerm_virtual_network.this.name
                  remote_virtual_network_id = var.hub_id
                  use_remote_gateways       = true
                }
                """;
            var root = """
                module "hub" {
                  source = "./hub"
                  spokes = { spoke = "/subscriptions/s/resourceGroups/rg-spoke/providers/Microsoft.Network/virtualNetworks/spoke" }
                }

                module "spoke" {
                  source  = "./spoke"
                  hub_id  = module.hub.vnet_id
                  DEPENDS
                }
                """;
            string[] Run(string dependsOn) =>
                Analyze(File("main.tf", root.Replace("DEPENDS", dependsOn)), File("hub/main.tf", HubModule), File("spoke/main.tf", spokeModule)).RuleIds;

            Assert.Equal(new[] { "PEER110" }, Run(string.Empty));
            Assert.Empty(Run("depends_on = [module.hub]"));
        }

        [Fact]
        public void PEER110_a_reference_through_a_local_and_a_module_variable_orders_like_depends_on()
        {
            var peering = """
                variable "after" { type = list(string) }
                variable "remote_id" { type = string }

                resource "azurerm_virtual_network_peering" "this" {
                  name                      = "spoke-to-hub"
                  resource_group_name       = "rg-network"
                  virtual_network_name      = "spoke"
                  remote_virtual_network_id = var.remote_id
                  use_remote_gateways       = length(var.after) > 0
                }
                """;
            var root = VNet("hub", "10.0.0.0/16") + VNet("spoke", "10.1.0.0/16") + Gateway("hub", "10.0.255.0/27") + Link("hub", "spoke", "allow_gateway_transit = true") + """
                locals {
                  hub_ready = [azurerm_virtual_network_gateway.hub.id, azurerm_virtual_network_peering.hub_to_spoke.id]
                }

                module "to_hub" {
                  source    = "./peering"
                  remote_id = azurerm_virtual_network.hub.id
                  after     = AFTER
                }
                """;
            string[] Run(string after) => Analyze(File("main.tf", root.Replace("AFTER", after)), File("peering/main.tf", peering)).RuleIds;

            Assert.Empty(Run("local.hub_ready"));
            Assert.Equal(new[] { "PEER110" }, Run("[azurerm_virtual_network_gateway.hub.id]"));
        }

        [Fact]
        public void PEER110_both_directions_from_one_resource_with_for_each_are_created_at_once()
        {
            var configuration = VNet("hub", "10.0.0.0/16") + VNet("spoke", "10.1.0.0/16") + """
                locals {
                  links = {
                    hub_to_spoke = { vnet = "hub", remote = azurerm_virtual_network.spoke.id, transit = true, remote_gateways = false }
                    spoke_to_hub = { vnet = "spoke", remote = azurerm_virtual_network.hub.id, transit = false, remote_gateways = true }
                  }
                }

                resource "azurerm_virtual_network_peering" "this" {
                  for_each                  = local.links
                  name                      = replace(each.key, "_", "-")
                  resource_group_name       = "rg-network"
                  virtual_network_name      = each.value.vnet
                  remote_virtual_network_id = each.value.remote
                  allow_gateway_transit     = each.value.transit
                  use_remote_gateways       = each.value.remote_gateways
                }
                """;

            var result = Analyze(File("main.tf", configuration));

            var finding = Assert.Single(result.Findings);
            Assert.Equal("PEER110", finding.Rule.Id);
            Assert.Contains("not ordered after peering 'hub-to-spoke' of VNet 'hub'", finding.Message);
            Assert.Contains("list azurerm_virtual_network_peering.this[\"hub_to_spoke\"] in the depends_on of azurerm_virtual_network_peering.this[\"spoke_to_hub\"]", finding.Message);
        }

        [Fact]
        public void PEER110_an_azapi_reverse_peering_that_refers_to_the_forward_one_waits_for_it()
        {
            // The reverse names the hub through the forward peering's parent_id, as Azure Verified Modules' peering module does.
            var configuration = """
                resource "azapi_resource" "hub" {
                  type      = "Microsoft.Network/virtualNetworks@2024-05-01"
                  name      = "hub"
                  parent_id = "/subscriptions/s/resourceGroups/rg-network"
                  location  = "westeurope"
                  body      = { properties = { addressSpace = { addressPrefixes = ["10.0.0.0/16"] } } }
                }

                resource "azapi_resource" "spoke" {
                  type      = "Microsoft.Network/virtualNetworks@2024-05-01"
                  name      = "spoke"
                  parent_id = "/subscriptions/s/resourceGroups/rg-network"
                  location  = "westeurope"
                  body      = { properties = { addressSpace = { addressPrefixes = ["10.1.0.0/16"] } } }
                }

                resource "azapi_resource" "forward" {
                  type      = "Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01"
                  name      = "hub-to-spoke"
                  parent_id = azapi_resource.hub.id
                  body      = { properties = { remoteVirtualNetwork = { id = azapi_resource.spoke.id }, allowGatewayTransit = true } }
                }

                resource "azapi_resource" "reverse" {
                  type      = "Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01"
                  name      = "spoke-to-hub"
                  parent_id = azapi_resource.spoke.id
                  body      = { properties = { remoteVirtualNetwork = { id = HUB }, useRemoteGateways = true } }
                }
                """;

            Assert.Empty(Analyze(File("main.tf", configuration.Replace("HUB", "azapi_resource.forward.parent_id"))).RuleIds);
            Assert.Equal(new[] { "PEER110" }, Analyze(File("main.tf", configuration.Replace("HUB", "azapi_resource.hub.id"))).RuleIds);
        }

        [Fact]
        public void PEER110_depends_on_in_terraform_json_syntax_is_a_list_of_reference_strings()
        {
            const string json = """
                {
                  "resource": {
                    "azurerm_virtual_network": {
                      "hub": { "name": "hub", "location": "westeurope", "resource_group_name": "rg-network", "address_space": ["10.0.0.0/16"] },
                      "spoke": { "name": "spoke", "location": "westeurope", "resource_group_name": "rg-network", "address_space": ["10.1.0.0/16"] }
                    },
                    "azurerm_virtual_network_peering": {
                      "hub_to_spoke": { "name": "hub-to-spoke", "resource_group_name": "rg-network", "virtual_network_name": "hub",
                                        "remote_virtual_network_id": "${azurerm_virtual_network.spoke.id}", "allow_gateway_transit": true },
                      "spoke_to_hub": { "name": "spoke-to-hub", "resource_group_name": "rg-network", "virtual_network_name": "spoke",
                                        "remote_virtual_network_id": "${azurerm_virtual_network.hub.id}", "use_remote_gateways": true DEPENDS }
                    }
                  }
                }
                """;

            Assert.Equal(new[] { "PEER110" }, Analyze(File("main.tf.json", json.Replace("DEPENDS", string.Empty))).RuleIds);
            Assert.Empty(Analyze(File("main.tf.json", json.Replace("DEPENDS", ", \"depends_on\": [\"azurerm_virtual_network_peering.hub_to_spoke\"]"))).RuleIds);
        }

        [Fact]
        public void Two_root_modules_are_two_applies_and_never_compared()
        {
            var hub = VNet("hub", "10.0.0.0/16") + Gateway("hub", "10.0.255.0/27") + Link("hub", "spoke", "allow_gateway_transit = true")
                .Replace("azurerm_virtual_network.spoke.id", "\"/subscriptions/s/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/spoke\"");
            var spoke = VNet("spoke", "10.1.0.0/16") + Link("spoke", "hub", "use_remote_gateways = true")
                .Replace("azurerm_virtual_network.hub.id", "\"/subscriptions/s/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/hub\"");

            var result = Analyze(File("hub/main.tf", hub), File("spoke/main.tf", spoke));

            Assert.DoesNotContain("PEER110", result.RuleIds);
            Assert.Equal(2, result.Topology.Peerings.Count(p => p.Deployment != null));
        }
    }
}
