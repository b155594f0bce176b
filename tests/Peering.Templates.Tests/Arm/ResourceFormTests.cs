using System.Linq;
using Peering.Rules.Model;
using Peering.Templates.Tests.Infrastructure;

namespace Peering.Templates.Tests.Arm
{
    /// <summary>VNets, peerings in their three forms, gateways, route tables and subnets become the topology.</summary>
    public class ResourceFormTests
    {
        private const string HubAndSpoke = """
        [
          {
            "type": "Microsoft.Network/virtualNetworks",
            "apiVersion": "2023-09-01",
            "name": "hub",
            "location": "West Europe",
            "properties": {
              "addressSpace": { "addressPrefixes": [ "10.0.0.0/16", "fd00::/48" ] },
              "subnets": [ { "name": "GatewaySubnet", "properties": { "addressPrefix": "10.0.255.0/27" } } ]
            }
          },
          {
            "type": "Microsoft.Network/virtualNetworks",
            "apiVersion": "2023-09-01",
            "name": "spoke",
            "location": "westeurope",
            "properties": { "addressSpace": { "addressPrefixes": [ "10.1.0.0/16" ] } }
          }
        ]
        """;

        [Fact]
        public void A_declared_vnet_has_its_region_prefixes_and_id()
        {
            var result = TemplateRun.Analyze(TemplateRun.Template(HubAndSpoke));

            var hub = result.Network("hub");
            Assert.True(hub.IsDefined);
            Assert.True(hub.Location.Is("westeurope"));
            Assert.Equal(new[] { "10.0.0.0/16", "fd00::/48" }, hub.AddressPrefixes.Value.Select(p => p.Prefix.Text));
            Assert.Equal("/subscriptions/{subscriptionid}/resourcegroups/{resourcegroup}/providers/microsoft.network/virtualnetworks/hub", hub.Identity.ResourceId!.Key);
            Assert.Equal(new[] { "10.0.0.0/16", "fd00::/48", "10.1.0.0/16", "10.0.255.0/27" }, result.Topology.AddressPrefixUses.Select(u => u.Text));
            Assert.Equal("the address space of VNet 'hub'", result.Topology.AddressPrefixUses[0].Owner);
            Assert.Equal("subnet 'GatewaySubnet' of VNet 'hub'", result.Topology.AddressPrefixUses[3].Owner);
        }

        [Fact]
        public void A_top_level_peering_named_vnet_slash_peering_belongs_to_its_vnet()
        {
            var resources = HubAndSpoke.TrimEnd().TrimEnd(']') + """
              ,{
                "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings",
                "apiVersion": "2023-09-01",
                "name": "hub/hub-to-spoke",
                "properties": {
                  "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'spoke')]" },
                  "allowVirtualNetworkAccess": true,
                  "allowGatewayTransit": true
                }
              }
            ]
            """;
            var result = TemplateRun.Analyze(TemplateRun.Template(resources));

            var peering = result.Peering("hub-to-spoke");
            Assert.Same(result.Network("hub"), peering.Parent);
            Assert.Same(result.Network("spoke"), peering.RemoteNetwork);
            Assert.True(peering.AllowVirtualNetworkAccess.Is(true));
            Assert.True(peering.AllowGatewayTransit.Is(true));
            Assert.Equal(FactState.Absent, peering.UseRemoteGateways.State);
            Assert.Equal(FactState.Absent, peering.AllowForwardedTraffic.State);
            Assert.False(peering.IsConditional);
        }

        [Fact]
        public void A_child_peering_takes_its_vnet_from_the_parent_resource()
        {
            const string resources = """
            [
              {
                "type": "Microsoft.Network/virtualNetworks",
                "apiVersion": "2023-09-01",
                "name": "spoke",
                "location": "westeurope",
                "properties": { "addressSpace": { "addressPrefixes": [ "10.1.0.0/16" ] } },
                "resources": [
                  {
                    "type": "virtualNetworkPeerings",
                    "apiVersion": "2023-09-01",
                    "name": "spoke-to-hub",
                    "dependsOn": [ "spoke" ],
                    "properties": { "remoteVirtualNetwork": { "id": "/subscriptions/1111/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/hub" }, "useRemoteGateways": true }
                  }
                ]
              }
            ]
            """;
            var result = TemplateRun.Analyze(TemplateRun.Template(resources));

            var peering = result.Peering("spoke-to-hub");
            Assert.Same(result.Network("spoke"), peering.Parent);
            Assert.True(peering.UseRemoteGateways.Is(true));
            var hub = peering.RemoteNetwork!;
            Assert.Equal("hub", hub.DisplayName);
            Assert.False(hub.IsDefined);
            Assert.Equal("rg-hub", hub.ResourceId!.ResourceGroup);
        }

        [Fact]
        public void Inline_peerings_belong_to_the_vnet_that_lists_them()
        {
            const string resources = """
            [
              {
                "type": "Microsoft.Network/virtualNetworks",
                "apiVersion": "2023-09-01",
                "name": "hub",
                "location": "westeurope",
                "properties": {
                  "addressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] },
                  "virtualNetworkPeerings": [
                    { "name": "hub-to-a", "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'a')]" }, "allowForwardedTraffic": false } },
                    { "name": "hub-to-b", "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'b')]" } } }
                  ]
                }
              }
            ]
            """;
            var result = TemplateRun.Analyze(TemplateRun.Template(resources));

            Assert.Equal(new[] { "hub-to-a", "hub-to-b" }, result.Topology.Peerings.Select(p => p.Name.Value));
            Assert.All(result.Topology.Peerings, p => Assert.Same(result.Network("hub"), p.Parent));
            Assert.True(result.Peering("hub-to-a").AllowForwardedTraffic.Is(false));
            Assert.Equal(new[] { "a", "b" }, result.Topology.Peerings.Select(p => p.RemoteNetwork!.DisplayName));
        }

        [Fact]
        public void Flags_from_parameters_without_a_value_are_unknown_and_service_managed_properties_are_recorded()
        {
            const string parameters = """{ "useGateway": { "type": "bool" } }""";
            const string resources = """
            [
              {
                "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings",
                "apiVersion": "2023-09-01",
                "name": "spoke/spoke-to-hub",
                "properties": {
                  "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', parameters('hubName'))]" },
                  "useRemoteGateways": "[parameters('useGateway')]",
                  "peeringState": "Connected",
                  "remoteAddressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] }
                }
              }
            ]
            """;
            var result = TemplateRun.Analyze(TemplateRun.Template(resources, parameters.TrimEnd('}') + """, "hubName": { "type": "string" } }"""));

            var peering = result.Peering("spoke-to-hub");
            Assert.Equal(FactState.Unknown, peering.UseRemoteGateways.State);
            Assert.Equal(FactState.Unknown, peering.Remote.State);
            Assert.Equal(new[] { "peeringState", "remoteAddressSpace" }, peering.ServiceManagedSettings.Select(s => s.PropertyName));
            Assert.False(peering.Parent!.IsDefined);
        }

        [Fact]
        public void Inline_peerings_the_reader_cannot_see_stand_as_one_unknown_conditional_peering()
        {
            const string parameters = """{ "peerings": { "type": "array" } }""";
            const string resources = """
            [ { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "hub", "location": "westeurope",
                "properties": { "virtualNetworkPeerings": "[parameters('peerings')]" } } ]
            """;
            var peering = Assert.Single(TemplateRun.Analyze(TemplateRun.Template(resources, parameters)).Topology.Peerings);

            Assert.True(peering.IsConditional);
            Assert.Equal("hub", peering.Parent!.DisplayName);
            Assert.Equal(FactState.Unknown, peering.Remote.State);
            Assert.Equal(FactState.Unknown, peering.Name.State);
        }

        [Fact]
        public void A_peering_without_properties_has_no_remote()
        {
            const string resources = """[ { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "hub/lonely" } ]""";
            var peering = TemplateRun.Analyze(TemplateRun.Template(resources)).Peering("lonely");
            Assert.Equal(FactState.Absent, peering.Remote.State);
            Assert.Equal(FactState.Absent, peering.AllowGatewayTransit.State);
        }

        [Fact]
        public void A_gateway_in_a_subnet_gives_its_vnet_a_gateway()
        {
            const string resources = """
            [
              { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "hub", "location": "westeurope", "properties": { "addressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] } } },
              { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "spoke", "location": "westeurope", "properties": { "addressSpace": { "addressPrefixes": [ "10.1.0.0/16" ] } } },
              {
                "type": "Microsoft.Network/virtualNetworkGateways",
                "apiVersion": "2023-09-01",
                "name": "hub-gw",
                "location": "westeurope",
                "properties": {
                  "gatewayType": "Vpn",
                  "ipConfigurations": [ { "name": "default", "properties": { "subnet": { "id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'hub', 'GatewaySubnet')]" } } } ]
                }
              },
              {
                "type": "Microsoft.Network/virtualHubs/ipConfigurations",
                "apiVersion": "2023-09-01",
                "name": "route-server/ipconfig",
                "properties": { "subnet": { "id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'spoke', 'RouteServerSubnet')]" } }
              }
            ]
            """;
            var result = TemplateRun.Analyze(TemplateRun.Template(resources));

            Assert.True(result.Network("hub").HasGateway.Is(true));
            Assert.True(result.Network("spoke").HasGateway.Is(true));
        }

        [Fact]
        public void Route_tables_routes_and_subnet_associations_in_every_form()
        {
            const string resources = """
            [
              {
                "type": "Microsoft.Network/routeTables",
                "apiVersion": "2023-09-01",
                "name": "to-firewall",
                "location": "westeurope",
                "properties": { "routes": [ { "name": "default", "properties": { "addressPrefix": "0.0.0.0/0", "nextHopType": "VirtualAppliance", "nextHopIpAddress": "10.0.1.4" } } ] },
                "resources": [
                  { "type": "routes", "apiVersion": "2023-09-01", "name": "onprem", "properties": { "addressPrefix": "192.168.0.0/16", "nextHopType": "VirtualNetworkGateway" } }
                ]
              },
              { "type": "Microsoft.Network/routeTables/routes", "apiVersion": "2023-09-01", "name": "to-firewall/spoke-b", "properties": { "addressPrefix": "10.2.0.0/16", "nextHopType": "VirtualAppliance", "nextHopIpAddress": "10.0.1.4" } },
              {
                "type": "Microsoft.Network/virtualNetworks",
                "apiVersion": "2023-09-01",
                "name": "spoke-a",
                "location": "westeurope",
                "properties": {
                  "addressSpace": { "addressPrefixes": [ "10.1.0.0/16" ] },
                  "subnets": [ { "name": "workload", "properties": { "addressPrefix": "10.1.0.0/24", "routeTable": { "id": "[resourceId('Microsoft.Network/routeTables', 'to-firewall')]" } } } ]
                }
              },
              {
                "type": "Microsoft.Network/virtualNetworks/subnets",
                "apiVersion": "2023-09-01",
                "name": "spoke-b/workload",
                "properties": { "addressPrefix": "10.2.0.0/24", "routeTable": { "id": "[resourceId('Microsoft.Network/routeTables', 'to-firewall')]" } }
              }
            ]
            """;
            var result = TemplateRun.Analyze(TemplateRun.Template(resources));

            var table = Assert.Single(result.Topology.RouteTables);
            Assert.Equal("to-firewall", table.DisplayName);
            Assert.NotNull(table.Declaration);
            Assert.Equal(new[] { "default", "onprem", "spoke-b" }, table.Routes.Select(r => r.Name.Value));
            Assert.Equal(new[] { "0.0.0.0/0", "192.168.0.0/16", "10.2.0.0/16" }, table.Routes.Select(r => r.AddressPrefix.Value));
            Assert.True(table.Routes[0].NextHopIpAddress.Is("10.0.1.4"));
            Assert.Equal(FactState.Absent, table.Routes[1].NextHopIpAddress.State);
            Assert.Equal(new[] { "spoke-a", "spoke-b" }, table.AssociatedNetworks.Select(n => n.DisplayName));
            Assert.False(result.Network("spoke-b").IsDefined);
        }

        [Fact]
        public void Symbolic_name_templates_and_existing_vnets()
        {
            const string template = """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "languageVersion": "2.0",
              "contentVersion": "1.0.0.0",
              "resources": {
                "hub": { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "hub", "existing": true, "resourceGroup": "rg-hub" },
                "spoke": { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "spoke", "location": "northeurope", "properties": { "addressSpace": { "addressPrefixes": [ "10.1.0.0/16" ] } } },
                "peering": {
                  "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings",
                  "apiVersion": "2023-09-01",
                  "name": "spoke/spoke-to-hub",
                  "properties": { "remoteVirtualNetwork": { "id": "[resourceId('rg-hub', 'Microsoft.Network/virtualNetworks', 'hub')]" } }
                }
              }
            }
            """;
            var result = TemplateRun.Analyze(template);

            Assert.True(result.Network("spoke").IsDefined);
            Assert.False(result.Network("hub").IsDefined);
            Assert.Same(result.Network("hub"), result.Peering("spoke-to-hub").RemoteNetwork);
            Assert.Equal("rg-hub", result.Network("hub").ResourceId!.ResourceGroup);
        }

        [Fact]
        public void An_existing_peering_is_a_reference_not_a_peering_of_this_template()
        {
            const string resources = """
            [ { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "hub/old", "existing": true } ]
            """;
            Assert.Empty(TemplateRun.Analyze(TemplateRun.Template(resources)).Topology.Peerings);
        }

        [Fact]
        public void A_remote_id_of_a_classic_vnet_is_a_classic_network()
        {
            const string resources = """
            [ { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "hub/to-classic",
                "properties": { "remoteVirtualNetwork": { "id": "/subscriptions/1111/resourceGroups/rg/providers/Microsoft.ClassicNetwork/virtualNetworks/old" } } } ]
            """;
            var peering = TemplateRun.Analyze(TemplateRun.Template(resources)).Peering("to-classic");
            Assert.True(peering.RemoteNetwork!.IsClassic);
        }
    }
}
