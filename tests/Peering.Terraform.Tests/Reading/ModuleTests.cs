using System.Linq;
using Peering.Rules.Checks;
using Peering.Terraform.Tests.Infrastructure;
using static Peering.Terraform.Tests.Infrastructure.TerraformRun;
using static Peering.Terraform.Tests.Infrastructure.Tf;

namespace Peering.Terraform.Tests.Reading
{
    /// <summary>Module calls: local folders, modules terraform init installed, modules it did not, and which folders are roots.</summary>
    public sealed class ModuleTests
    {
        /// <summary>A spoke module as landing-zone code writes one: its VNet and both peerings with the hub it is given.</summary>
        private const string SpokeModule = """
            variable "name" { type = string }
            variable "address_space" { type = list(string) }
            variable "hub" {
              type = object({ name = string, id = string, resource_group_name = string })
            }
            variable "use_remote_gateways" {
              type    = bool
              default = true
            }

            resource "azurerm_virtual_network" "this" {
              name                = var.name
              location            = "westeurope"
              resource_group_name = "rg-spokes"
              address_space       = var.address_space
            }

            resource "azurerm_virtual_network_peering" "to_hub" {
              name                      = "${var.name}-to-hub"
              resource_group_name       = "rg-spokes"
              virtual_network_name      = azurerm_virtual_network.this.name
              remote_virtual_network_id = var.hub.id
              use_remote_gateways       = var.use_remote_gateways

              # Azure checks the hub's peering back when it creates a peering that uses the hub's gateway.
              depends_on = [azurerm_virtual_network_peering.from_hub]
            }

            resource "azurerm_virtual_network_peering" "from_hub" {
              name                      = "hub-to-${var.name}"
              resource_group_name       = var.hub.resource_group_name
              virtual_network_name      = var.hub.name
              remote_virtual_network_id = azurerm_virtual_network.this.id
              allow_gateway_transit     = true
            }

            output "id" {
              value = azurerm_virtual_network.this.id
            }
            """;

        private const string Root = """
            module "spoke" {
              source   = "./modules/spoke"
              for_each = { app = "10.1.0.0/16", data = "10.2.0.0/16" }

              name          = "spoke-${each.key}"
              address_space = [each.value]
              hub           = azurerm_virtual_network.hub
              depends_on    = [azurerm_virtual_network_gateway.hub]
            }

            output "spokes" {
              value = { for k, m in module.spoke : k => m.id }
            }
            """;

        [Fact]
        public void A_local_module_called_with_for_each_is_read_once_per_instance_and_is_not_a_root_of_its_own()
        {
            var result = Analyze(ClosedWorld,
                File("main.tf", VNet("hub", "10.0.0.0/16") + Gateway("hub", "10.0.255.0/27") + Root),
                File("modules/spoke/main.tf", SpokeModule));

            Assert.Empty(result.Findings);
            Assert.Equal(4, result.Topology.Peerings.Count);
            Assert.Same(result.Network("hub"), result.Peering("spoke-app-to-hub").RemoteNetwork);
            Assert.Same(result.Network("hub"), result.Peering("hub-to-spoke-data").Parent);
            Assert.Same(result.Network("spoke-data"), result.Peering("hub-to-spoke-data").RemoteNetwork);
        }

        [Fact]
        public void A_finding_in_a_module_points_at_the_module_file()
        {
            var result = Analyze(
                File("main.tf", VNet("hub", "10.0.0.0/16") + Gateway("hub", "10.0.255.0/27") + Root.Replace("hub           = azurerm_virtual_network.hub", "hub           = azurerm_virtual_network.hub\n  use_remote_gateways = each.key == \"app\"").Replace("10.2.0.0/16", "10.1.0.0/24")),
                File("modules/spoke/main.tf", SpokeModule));

            Assert.Equal(new[] { "PEER202@modules/spoke/main.tf:18" }, result.Summary);
        }

        [Fact]
        public void A_registry_module_is_read_from_where_terraform_init_installed_it()
        {
            var root = Root.Replace("source   = \"./modules/spoke\"", "source   = \"contoso/spoke/azurerm\"\n  version  = \"1.0.0\"");
            const string manifest = """{"Modules":[{"Key":"","Source":"","Dir":"."},{"Key":"spoke","Source":"registry.terraform.io/contoso/spoke/azurerm","Version":"1.0.0","Dir":".terraform/modules/spoke"}]}""";

            var installed = Analyze(ClosedWorld,
                File("main.tf", VNet("hub", "10.0.0.0/16") + Gateway("hub", "10.0.255.0/27") + root),
                File(".terraform/modules/modules.json", manifest),
                File(".terraform/modules/spoke/main.tf", SpokeModule));
            var notInstalled = Analyze(ClosedWorld, File("main.tf", VNet("hub", "10.0.0.0/16") + Gateway("hub", "10.0.255.0/27") + root));

            Assert.Empty(installed.Findings);
            Assert.Equal(4, installed.Topology.Peerings.Count);
            var note = Assert.Single(notInstalled.Findings);
            Assert.Equal("PEER902", note.Rule.Id);
            Assert.Contains("'spoke' (source 'contoso/spoke/azurerm') is not installed in .terraform/modules", note.Message);
        }

        [Fact]
        public void Outputs_of_a_module_link_what_uses_them()
        {
            var hubModule = """
                resource "azurerm_virtual_network" "hub" {
                  name                = "hub"
                  location            = "westeurope"
                  resource_group_name = "rg-hub"
                  address_space       = ["10.0.0.0/16"]
                }

                output "vnet" {
                  value = azurerm_virtual_network.hub
                }
                """;
            var root = """
                module "hub" {
                  source = "./hub"
                }

                resource "azurerm_virtual_network" "spoke" {
                  name                = "spoke"
                  location            = "westeurope"
                  resource_group_name = "rg-spokes"
                  address_space       = ["10.0.0.0/24"]
                }

                resource "azurerm_virtual_network_peering" "spoke_to_hub" {
                  name                      = "spoke-to-hub"
                  resource_group_name       = "rg-spokes"
                  virtual_network_name      = azurerm_virtual_network.spoke.name
                  remote_virtual_network_id = module.hub.vnet.id
                }
                """;

            var result = Analyze(File("main.tf", root), File("hub/main.tf", hubModule));

            Assert.Equal(new[] { "PEER201", "PEER301" }, result.RuleIds.OrderBy(r => r));
        }

        [Fact]
        public void A_module_that_calls_itself_stops_at_the_nesting_limit()
        {
            var looping = """
                module "again" {
                  source = "./"
                }

                """ + VNet("v", "10.0.0.0/16");

            var result = Analyze(File("loop/main.tf", looping), File("main.tf", "module \"loop\" {\n  source = \"./loop\"\n}\n"));

            Assert.Contains(result.Findings, f => f.Rule.Id == "PEER902" && f.Message.Contains("nested more than"));
        }

        [Fact]
        public void A_module_the_reader_cannot_read_may_hold_a_gateway_so_closed_world_does_not_say_there_is_none()
        {
            var configuration = VNet("hub", "10.0.0.0/16") + VNet("spoke", "10.1.0.0/16") + Link("hub", "spoke", "allow_gateway_transit = true") + Link("spoke", "hub", "use_remote_gateways = true\n  depends_on = [azurerm_virtual_network_peering.hub_to_spoke]");
            var gatewayModule = "module \"gateway\" {\n  source  = \"contoso/vnet-gateway/azurerm\"\n  version = \"1.0.0\"\n}\n";

            Assert.Equal(new[] { "PEER104", "PEER107" }, Analyze(ClosedWorld, File("main.tf", configuration)).RuleIds.OrderBy(r => r));
            Assert.Equal(new[] { "PEER902" }, Analyze(ClosedWorld, File("main.tf", configuration + gatewayModule)).RuleIds);
        }
    }
}
