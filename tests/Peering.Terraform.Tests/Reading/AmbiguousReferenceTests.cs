using System;
using System.Linq;
using Peering.Rules.Model;
using Peering.Templates;
using static Peering.Terraform.Tests.Infrastructure.TerraformRun;
using static Peering.Terraform.Tests.Infrastructure.Tf;

namespace Peering.Terraform.Tests.Reading
{
    /// <summary>
    /// A Terraform reference to a VNet name that several deployment roots declare (template files, root modules), each
    /// where it is deployed: which one it means is not known, so it is an unknown remote with its cause, never a guess.
    /// </summary>
    public sealed class AmbiguousReferenceTests
    {
        /// <summary>A template hub of its own resource group, peered (when __PEER__ is the peering) with 'vnet-spoke'.</summary>
        private const string ArmHub = """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "contentVersion": "1.0.0.0",
              "resources": [
                { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01", "name": "vnet-hub", "location": "westeurope",
                  "properties": { "addressSpace": { "addressPrefixes": [ "__PREFIX__" ] } } }
                __PEER__
              ]
            }
            """;

        private const string ArmPeering = """
            , { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2024-05-01", "name": "vnet-hub/hub-to-spoke",
                "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'vnet-spoke')]" } } }
            """;

        /// <summary>A spoke root module that peers back with 'vnet-hub' of 'rg-hub', read through a data source.</summary>
        private const string Spoke = """
            resource "azurerm_virtual_network" "spoke" {
              name                = "vnet-spoke"
              location            = "westeurope"
              resource_group_name = "rg-spoke"
              address_space       = ["10.1.0.0/16"]
            }

            data "azurerm_virtual_network" "hub" {
              name                = "vnet-hub"
              resource_group_name = "rg-hub"
            }

            resource "azurerm_virtual_network_peering" "spoke_to_hub" {
              name                      = "spoke-to-hub"
              resource_group_name       = "rg-spoke"
              virtual_network_name      = azurerm_virtual_network.spoke.name
              remote_virtual_network_id = data.azurerm_virtual_network.hub.id
            }
            """;

        /// <summary>A hub root module in 'rg-hub' of the subscription it is applied to; with <paramref name="peer"/>, peered with the spoke.</summary>
        private static string TerraformHub(string prefix, bool peer) => """
            resource "azurerm_virtual_network" "hub" {
              name                = "vnet-hub"
              location            = "westeurope"
              resource_group_name = "rg-hub"
              address_space       = ["__PREFIX__"]
            }
            """.Replace("__PREFIX__", prefix) + (peer ? """

            data "azurerm_virtual_network" "spoke" {
              name                = "vnet-spoke"
              resource_group_name = "rg-spoke"
            }

            resource "azurerm_virtual_network_peering" "hub_to_spoke" {
              name                      = "hub-to-spoke"
              resource_group_name       = "rg-hub"
              virtual_network_name      = azurerm_virtual_network.hub.name
              remote_virtual_network_id = data.azurerm_virtual_network.spoke.id
            }
            """ : string.Empty);

        private static TemplateDocument Template(string path, string prefix, bool peer) =>
            new TemplateDocument(path, ArmHub.Replace("__PREFIX__", prefix).Replace("__PEER__", peer ? ArmPeering : string.Empty));

        [Fact]
        public void A_terraform_peering_back_to_a_hub_two_templates_declare_is_an_unknown_remote_not_a_missing_reverse()
        {
            var templates = new[] { Template("hubs/a/hub.json", "10.0.0.0/16", peer: true), Template("hubs/b/hub.json", "10.100.0.0/16", peer: false) };

            var result = Analyze(ClosedWorld, templates, Array.Empty<string>(), File("spoke/main.tf", Spoke));

            var back = result.Peering("spoke-to-hub");
            Assert.Equal(FactState.Unknown, back.Remote.State);
            Assert.DoesNotContain("PEER301", result.RuleIds);
            var note = Assert.Single(result.Findings, f => f.Rule.Id == "PEER902");
            Assert.Equal("spoke/main.tf", ((SourceLocation)note.Location!).Path);
            Assert.Equal(
                "The VNet 'vnet-hub' this id names is ambiguous: 'hubs/a/hub.json' and 'hubs/b/hub.json' each declare one, and the run does not say that they deploy "
                + "to the same resource group and subscription, so the checks that need its value were skipped: PEER201, PEER301, PEER302, PEER402",
                note.Message);
        }

        [Fact]
        public void With_one_template_hub_the_same_peering_back_links_to_it()
        {
            var result = Analyze(ClosedWorld, new[] { Template("hubs/a/hub.json", "10.0.0.0/16", peer: true) }, Array.Empty<string>(), File("spoke/main.tf", Spoke));

            Assert.Empty(result.Findings);
            Assert.Same(result.Network("vnet-hub"), result.Topology.Networks.Single(n => n.Identity.Equals(result.Peering("spoke-to-hub").RemoteNetwork!.Identity) && n.IsDefined));
        }

        [Fact]
        public void A_peering_back_to_a_hub_two_other_root_modules_declare_is_an_unknown_remote_not_a_missing_reverse()
        {
            var result = Analyze(ClosedWorld,
                File("hub-a/main.tf", TerraformHub("10.0.0.0/16", peer: true)),
                File("hub-b/main.tf", TerraformHub("10.100.0.0/16", peer: false)),
                File("spoke/main.tf", Spoke));

            Assert.Equal(FactState.Unknown, result.Peering("spoke-to-hub").Remote.State);
            Assert.DoesNotContain("PEER301", result.RuleIds);
            var note = Assert.Single(result.Findings, f => f.Rule.Id == "PEER902");
            Assert.Equal("spoke/main.tf", ((SourceLocation)note.Location!).Path);
            Assert.Contains("The VNet 'vnet-hub' this id names is ambiguous: 'hub-a' and 'hub-b' each declare one", note.Message);
        }

        [Fact]
        public void With_one_hub_root_module_a_spoke_that_does_not_peer_back_is_still_found()
        {
            var result = Analyze(ClosedWorld,
                File("hub-a/main.tf", TerraformHub("10.0.0.0/16", peer: true)),
                File("spoke/main.tf", Spoke.Substring(0, Spoke.IndexOf("data ", StringComparison.Ordinal))));

            Assert.Equal(new[] { "PEER301@hub-a/main.tf:12" }, result.Summary);
        }
        [Fact]
        public void A_gateway_in_a_hub_two_templates_declare_may_be_in_either_so_neither_is_known_to_lack_one()
        {
            var ownSpoke = """
                , { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01", "name": "vnet-app", "location": "westeurope",
                    "properties": { "addressSpace": { "addressPrefixes": [ "10.1.0.0/16" ] } } },
                  { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2024-05-01", "name": "vnet-hub/hub-to-app",
                    "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'vnet-app')]" }, "allowGatewayTransit": true } },
                  { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2024-05-01", "name": "vnet-app/app-to-hub",
                    "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'vnet-hub')]" }, "useRemoteGateways": true } }
                """;
            var templates = new[]
            {
                new TemplateDocument("hubs/a/hub.json", ArmHub.Replace("__PREFIX__", "10.0.0.0/16").Replace("__PEER__", ownSpoke)),
                Template("hubs/b/hub.json", "10.100.0.0/16", peer: false),
            };
            var gateway = """
                data "azurerm_subnet" "gateway" {
                  name                 = "GatewaySubnet"
                  virtual_network_name = "vnet-hub"
                  resource_group_name  = "rg-hub"
                }

                resource "azurerm_virtual_network_gateway" "hub" {
                  name                = "vgw-hub"
                  location            = "westeurope"
                  resource_group_name = "rg-hub"
                  type                = "Vpn"
                  sku                 = "VpnGw1"
                  ip_configuration {
                    subnet_id = data.azurerm_subnet.gateway.id
                  }
                }
                """;

            var withoutGateway = Analyze(ClosedWorld, templates, Array.Empty<string>());
            var result = Analyze(ClosedWorld, templates, Array.Empty<string>(), File("gateway/main.tf", gateway));

            Assert.Equal(new[] { "PEER107@hubs/a/hub.json:10", "PEER104@hubs/a/hub.json:12" }, withoutGateway.Summary);
            Assert.Equal(new[] { "PEER902@gateway/main.tf:14" }, result.Summary);
            Assert.Contains("'hubs/a/hub.json' and 'hubs/b/hub.json' each declare one", result.Findings[0].Message);
            Assert.EndsWith("PEER104, PEER107", result.Findings[0].Message);
        }
        [Fact]
        public void A_template_peering_with_a_spoke_two_root_modules_declare_is_an_unknown_remote_not_the_first_ones()
        {
            var result = Analyze(ClosedWorld, new[] { Template("hub/hub.json", "10.0.0.0/16", peer: true) }, Array.Empty<string>(),
                File("spoke-a/main.tf", Spoke), File("spoke-b/main.tf", Spoke.Replace("10.1.0.0/16", "10.2.0.0/16")));

            Assert.Equal(FactState.Unknown, result.Peering("hub-to-spoke").Remote.State);
            Assert.Equal(2, result.Topology.Networks.Count(n => n.DisplayName == "vnet-spoke" && n.IsDefined));
            Assert.Equal(new[] { "PEER902@hub/hub.json:8" }, result.Summary);
            Assert.StartsWith("The VNet 'vnet-spoke' this id names is ambiguous: 'spoke-a' and 'spoke-b' each declare one", result.Findings[0].Message);
            Assert.Contains("PEER301", result.Findings[0].Message);
        }

        [Fact]
        public void A_template_peering_with_a_spoke_one_root_module_declares_links_to_it()
        {
            var result = Analyze(ClosedWorld, new[] { Template("hub/hub.json", "10.0.0.0/16", peer: true) }, Array.Empty<string>(),
                File("spoke-a/main.tf", Spoke.Substring(0, Spoke.IndexOf("data ", StringComparison.Ordinal))));

            Assert.Same(result.Network("vnet-spoke"), result.Topology.Networks.Single(n => n.Identity.Equals(result.Peering("hub-to-spoke").RemoteNetwork!.Identity) && n.IsDefined));
            Assert.Equal(new[] { "PEER301@hub/hub.json:7" }, result.Summary);
        }
        [Fact]
        public void A_template_peering_with_a_hub_one_root_module_declares_in_two_resource_groups_is_an_unknown_remote()
        {
            var spokeTemplate = """
                {
                  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                  "contentVersion": "1.0.0.0",
                  "resources": [
                    { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01", "name": "vnet-spoke", "location": "westeurope",
                      "properties": { "addressSpace": { "addressPrefixes": [ "10.1.0.0/16" ] } } },
                    { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2024-05-01", "name": "vnet-spoke/spoke-to-hub",
                      "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'vnet-hub')]" } } }
                  ]
                }
                """;
            var hubs = """
                resource "azurerm_virtual_network" "east" {
                  name                = "vnet-hub"
                  location            = "westeurope"
                  resource_group_name = "rg-east"
                  address_space       = ["10.0.0.0/16"]
                }

                resource "azurerm_virtual_network" "west" {
                  name                = "vnet-hub"
                  location            = "westeurope"
                  resource_group_name = "rg-west"
                  address_space       = ["10.100.0.0/16"]
                }

                data "azurerm_virtual_network" "spoke" {
                  name                = "vnet-spoke"
                  resource_group_name = "rg-spoke"
                }

                resource "azurerm_virtual_network_peering" "west_to_spoke" {
                  name                      = "west-to-spoke"
                  resource_group_name       = "rg-west"
                  virtual_network_name      = azurerm_virtual_network.west.name
                  remote_virtual_network_id = data.azurerm_virtual_network.spoke.id
                }
                """;

            var result = Analyze(ClosedWorld, new[] { new TemplateDocument("spoke/spoke.json", spokeTemplate) }, Array.Empty<string>(), File("hubs/main.tf", hubs));

            Assert.Equal(2, result.Topology.Networks.Count(n => n.DisplayName == "vnet-hub" && n.IsDefined));
            Assert.Equal(FactState.Unknown, result.Peering("spoke-to-hub").Remote.State);
            Assert.Equal(new[] { "PEER902@spoke/spoke.json:8" }, result.Summary);
            Assert.StartsWith("The VNet 'vnet-hub' this id names is ambiguous: 'hubs' declares more than one, and the id does not say which, so the checks", result.Findings[0].Message);
        }
        [Fact]
        public void A_template_gateway_in_a_hub_two_root_modules_declare_may_be_in_either()
        {
            var gatewayTemplate = """
                {
                  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                  "contentVersion": "1.0.0.0",
                  "resources": [
                    { "type": "Microsoft.Network/virtualNetworkGateways", "apiVersion": "2024-05-01", "name": "vgw-hub", "location": "westeurope",
                      "properties": { "ipConfigurations": [ { "name": "default", "properties": { "subnet": { "id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-hub', 'GatewaySubnet')]" } } } ] } }
                  ]
                }
                """;
            var hubWithApp = TerraformHub("10.0.0.0/16", peer: false) + "\n\n" + VNet("app", "10.1.0.0/16") + Link("app", "hub") + """
                resource "azurerm_virtual_network_peering" "hub_to_app" {
                  name                      = "hub-to-app"
                  resource_group_name       = "rg-hub"
                  virtual_network_name      = azurerm_virtual_network.hub.name
                  remote_virtual_network_id = azurerm_virtual_network.app.id
                  allow_gateway_transit     = true
                }
                """;
            var templates = new[] { new TemplateDocument("gateway/gateway.json", gatewayTemplate) };

            var oneHub = Analyze(ClosedWorld, templates, Array.Empty<string>(), File("hub-a/main.tf", hubWithApp));
            var twoHubs = Analyze(ClosedWorld, templates, Array.Empty<string>(), File("hub-a/main.tf", hubWithApp), File("hub-b/main.tf", TerraformHub("10.100.0.0/16", peer: false)));

            Assert.Empty(oneHub.Findings);
            Assert.Equal(new[] { "PEER902@gateway/gateway.json:5" }, twoHubs.Summary);
            Assert.StartsWith("The VNet 'vnet-hub' this id names is ambiguous: 'hub-a' and 'hub-b' each declare one", twoHubs.Findings[0].Message);
            Assert.EndsWith("PEER107", twoHubs.Findings[0].Message);
        }
    }
}
