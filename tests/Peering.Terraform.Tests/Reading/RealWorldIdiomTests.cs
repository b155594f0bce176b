using System.Linq;
using Peering.Terraform.Tests.Infrastructure;
using static Peering.Terraform.Tests.Infrastructure.TerraformRun;
using static Peering.Terraform.Tests.Infrastructure.Tf;

namespace Peering.Terraform.Tests.Reading
{
    /// <summary>
    /// Idioms met in public hub-and-spoke modules (AVM hub networking, the AVM virtual network module, CAF enterprise
    /// scale), each in a configuration of our own, with the answer the measurement showed to be right.
    /// </summary>
    public sealed class RealWorldIdiomTests
    {
        [Fact]
        public void A_mesh_of_hubs_from_nested_for_expressions_with_composite_keys_peers_every_hub_with_every_other()
        {
            var mesh = """
                variable "hubs" {
                  type = map(object({
                    address_space = list(string)
                    mesh          = optional(bool, true)
                    peering_names = optional(map(string), {})
                  }))
                  default = {
                    weu = { address_space = ["10.0.0.0/22"], peering_names = { neu = "weu-to-neu" } }
                    neu = { address_space = ["10.1.0.0/22"] }
                    sea = { address_space = ["10.2.0.0/22"] }
                  }
                }

                resource "azurerm_virtual_network" "hub" {
                  for_each            = var.hubs
                  name                = "vnet-hub-${each.key}"
                  location            = "westeurope"
                  resource_group_name = "rg-hubs"
                  address_space       = each.value.address_space
                }

                locals {
                  peerings = { for peering in flatten([for from, hub in var.hubs : [
                    for to, other in var.hubs : {
                      key    = "${from}-${to}"
                      name   = try(hub.peering_names[to], "vnet-hub-${from}-vnet-hub-${to}")
                      parent = azurerm_virtual_network.hub[from].name
                      remote = azurerm_virtual_network.hub[to].id
                    } if from != to && hub.mesh]
                  ]) : peering.key => peering }
                }

                resource "azurerm_virtual_network_peering" "mesh" {
                  for_each                  = local.peerings
                  name                      = each.value.name
                  resource_group_name       = "rg-hubs"
                  virtual_network_name      = each.value.parent
                  remote_virtual_network_id = each.value.remote
                  allow_forwarded_traffic   = true
                  allow_gateway_transit     = true
                }
                """;

            var result = Analyze(File("main.tf", mesh));

            Assert.Empty(result.Findings);
            Assert.Equal(6, result.Topology.Peerings.Count);
            Assert.Same(result.Network("vnet-hub-neu"), result.Peering("weu-to-neu").RemoteNetwork);
            Assert.Same(result.Network("vnet-hub-sea"), result.Peering("vnet-hub-neu-vnet-hub-sea").RemoteNetwork);
        }

        [Fact]
        public void Outputs_written_with_the_resource_prefix_refer_to_the_resource()
        {
            var module = """
                resource "azurerm_virtual_network" "this" {
                  name                = "vnet-hub"
                  location            = "westeurope"
                  resource_group_name = "rg-hub"
                  address_space       = ["10.0.0.0/16"]
                }

                output "resource" {
                  value = resource.azurerm_virtual_network.this
                }
                """;
            var root = """
                module "hub" {
                  source = "./hub"
                }

                """ + VNet("spoke", "10.1.0.0/16") + Link("spoke", "hub").Replace("azurerm_virtual_network.hub.id", "module.hub.resource.id");

            var result = Analyze(File("main.tf", root), File("hub/main.tf", module));

            Assert.Same(result.Network("vnet-hub"), result.Peering("spoke-to-hub").RemoteNetwork);
            Assert.Equal(new[] { "PEER301" }, result.RuleIds);
        }

        [Fact]
        public void Examples_of_one_repository_that_each_create_a_hub_of_the_same_name_stay_apart()
        {
            string Example(string transit) => """
                resource "random_pet" "suffix" {}

                resource "azurerm_resource_group" "hub" {
                  name     = "rg-hub-${random_pet.suffix.id}"
                  location = "westeurope"
                }

                resource "azurerm_virtual_network" "hub" {
                  name                = "vnet-hub"
                  location            = "westeurope"
                  resource_group_name = azurerm_resource_group.hub.name
                  address_space       = ["10.0.0.0/16"]
                }

                """ + VNet("spoke", "10.1.0.0/16") + Link("hub", "spoke", transit) + Link("spoke", "hub");

            var result = Analyze(File("examples/one/main.tf", Example("allow_gateway_transit = true")), File("examples/two/main.tf", Example(string.Empty)));

            Assert.Empty(result.Findings);
            Assert.Equal(2, result.Topology.Networks.Count(n => n.IsDefined && n.DisplayName == "vnet-hub"));
        }

        [Fact]
        public void An_azapi_address_space_peering_sends_its_address_spaces_as_inputs()
        {
            var body = """
                resource "azapi_resource" "peering" {
                  type      = "Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-07-01"
                  name      = "hub-to-spoke"
                  parent_id = azurerm_virtual_network.hub.id
                  body = {
                    properties = {
                      remoteVirtualNetwork = { id = azurerm_virtual_network.spoke.id }
                      peerCompleteVnets    = false
                      localAddressSpace    = { addressPrefixes = ["10.0.1.0/24"] }
                      remoteAddressSpace   = { addressPrefixes = ["10.1.1.0/24"] }
                    }
                  }
                }

                """;

            var result = Analyze(File("main.tf", VNet("hub", "10.0.0.0/16") + VNet("spoke", "10.1.0.0/16") + body + Link("spoke", "hub")));

            Assert.Empty(result.Findings);
        }

        [Fact]
        public void Peerings_named_by_uuidv5_of_the_remote_id_are_named_alike_wherever_they_point_from()
        {
            var mesh = VNet("a", "10.0.0.0/16") + VNet("b", "10.1.0.0/16") + VNet("c", "10.2.0.0/16") + """
                locals {
                  links = { ab = ["a", "b"], ba = ["b", "a"], ca = ["c", "a"], ac = ["a", "c"] }
                  ids   = { a = azurerm_virtual_network.a.id, b = azurerm_virtual_network.b.id, c = azurerm_virtual_network.c.id }
                  names = { a = azurerm_virtual_network.a.name, b = azurerm_virtual_network.b.name, c = azurerm_virtual_network.c.name }
                }

                resource "azurerm_virtual_network_peering" "mesh" {
                  for_each                  = local.links
                  name                      = "peering-${uuidv5("url", local.ids[each.value[1]])}"
                  resource_group_name       = "rg-network"
                  virtual_network_name      = local.names[each.value[0]]
                  remote_virtual_network_id = local.ids[each.value[1]]
                }
                """;

            var result = Analyze(File("main.tf", mesh));

            Assert.Empty(result.Findings);
            var toA = result.Topology.Peerings.Where(p => p.RemoteNetwork?.DisplayName == "a").Select(p => p.Name.Value).Distinct();
            Assert.Single(toA);
        }

        [Fact]
        public void Root_modules_that_peer_with_an_existing_vnet_of_the_same_name_do_not_share_it()
        {
            // Two quickstarts, each peering a VNet of its own with an existing "infra" VNet it reads through a data source.
            var quickstart = VNet("avd", "10.2.0.0/16") + """
                data "azurerm_virtual_network" "infra" {
                  name                = "infra-network"
                  resource_group_name = "infra-rg"
                }

                resource "azurerm_virtual_network_peering" "to_infra" {
                  name                      = "avd-to-infra"
                  resource_group_name       = "rg-network"
                  virtual_network_name      = azurerm_virtual_network.avd.name
                  remote_virtual_network_id = data.azurerm_virtual_network.infra.id
                }

                resource "azurerm_virtual_network_peering" "from_infra" {
                  name                      = "infra-to-avd"
                  resource_group_name       = "infra-rg"
                  virtual_network_name      = "infra-network"
                  remote_virtual_network_id = azurerm_virtual_network.avd.id
                }
                """;

            var result = Analyze(File("quickstart/one/main.tf", quickstart), File("quickstart/two/main.tf", quickstart));

            Assert.Empty(result.Findings);
            Assert.Equal(2, result.Topology.Peerings.Select(p => p.RemoteNetwork?.Identity.ToString()).Where(k => k != null && k.Contains("infra-network")).Distinct().Count());
        }

        [Fact]
        public void An_attribute_azure_computes_in_a_nested_block_is_unknown_not_an_error()
        {
            var firewall = """
                resource "azurerm_firewall" "hub" {
                  name                = "fw-hub"
                  location            = "westeurope"
                  resource_group_name = "rg-network"
                  ip_configuration {
                    name = "default"
                  }
                }

                resource "azurerm_route_table" "spoke" {
                  name                = "rt-spoke"
                  location            = "westeurope"
                  resource_group_name = "rg-network"
                }

                resource "azurerm_route" "default" {
                  name                   = "default"
                  resource_group_name    = "rg-network"
                  route_table_name       = azurerm_route_table.spoke.name
                  address_prefix         = "0.0.0.0/0"
                  next_hop_type          = "VirtualAppliance"
                  next_hop_in_ip_address = azurerm_firewall.hub.ip_configuration[0].private_ip_address
                }
                """;

            var result = Analyze(File("main.tf", firewall));

            Assert.Empty(result.Findings);
            Assert.Equal(Peering.Rules.Model.FactState.Unknown, Assert.Single(Assert.Single(result.Topology.RouteTables).Routes).NextHopIpAddress.State);
        }
    }
}
