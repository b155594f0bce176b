using System;
using System.Linq;
using Peering.Rules.Checks;
using Peering.Rules.Model;
using Peering.Rules.Profiles;
using Peering.Templates.Tests.Infrastructure;

namespace Peering.Templates.Tests.Arm
{
    /// <summary>
    /// Deployment roots: each top-level file (with its parameter file) deploys to a subscription and resource group it
    /// may not name. Two unrelated samples of one repository that both declare a VNet 'HubVnet' there, checked in one
    /// run, are two VNets; what one file names by id joins the declaration of its own root, or of the one root that
    /// declares it; a name several roots declare is ambiguous and stays unknown.
    /// </summary>
    public class DeploymentRootTests
    {
        private const string DnsProxyPath = "quickstarts/dns-proxy/azuredeploy.json";
        private const string SandboxPath = "demos/sandbox/azuredeploy.json";

        private const string Location = """{ "location": { "type": "string", "defaultValue": "westeurope" } }""";

        /// <summary>A hub with a firewall subnet and one spoke; planted: the spoke never peers back (PEER301).</summary>
        private const string DnsProxy = """
        [
          { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "HubVnet", "location": "[parameters('location')]",
            "properties": { "addressSpace": { "addressPrefixes": [ "192.168.0.0/16" ] },
              "subnets": [ { "name": "AzureFirewallSubnet", "properties": { "addressPrefix": "192.168.1.0/26" } } ] } },
          { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "SpokeVnet", "location": "[parameters('location')]",
            "properties": { "addressSpace": { "addressPrefixes": [ "10.10.0.0/16" ] } } },
          { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "HubVnet/hub-to-spoke",
            "dependsOn": [ "[resourceId('Microsoft.Network/virtualNetworks', 'HubVnet')]" ],
            "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'SpokeVnet')]" }, "allowForwardedTraffic": true } }
        ]
        """;

        private const string SandboxVariables = """
        { "hubVnetName": "HubVnet", "hubId": "[resourceId('Microsoft.Network/virtualNetworks/', variables('hubVnetName'))]",
          "devId": "[resourceId('Microsoft.Network/virtualNetworks/', 'spokeDevVnet')]", "prodId": "[resourceId('Microsoft.Network/virtualNetworks/', 'spokeProdVnet')]" }
        """;

        /// <summary>
        /// A smaller hub of the same name, subnets as resources, two spokes peered both ways; planted: the production
        /// spoke's range lies inside the development spoke's (PEER202 at the hub's second link).
        /// </summary>
        private const string Sandbox = """
        [
          { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "[variables('hubVnetName')]", "location": "[parameters('location')]",
            "properties": { "addressSpace": { "addressPrefixes": [ "192.168.0.0/20" ] } } },
          { "type": "Microsoft.Network/virtualNetworks/subnets", "apiVersion": "2023-09-01", "name": "[concat(variables('hubVnetName'), '/ManagementSubnet')]",
            "properties": { "addressPrefix": "192.168.1.0/24" } },
          { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "spokeDevVnet", "location": "[parameters('location')]",
            "properties": { "addressSpace": { "addressPrefixes": [ "10.10.0.0/16" ] } } },
          { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "spokeProdVnet", "location": "[parameters('location')]",
            "properties": { "addressSpace": { "addressPrefixes": [ "10.10.128.0/17" ] } } },
          { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "[concat(variables('hubVnetName'), '/hub-to-dev')]",
            "properties": { "remoteVirtualNetwork": { "id": "[variables('devId')]" }, "allowForwardedTraffic": true } },
          { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "[concat(variables('hubVnetName'), '/hub-to-prod')]",
            "properties": { "remoteVirtualNetwork": { "id": "[variables('prodId')]" }, "allowForwardedTraffic": true } },
          { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "spokeDevVnet/dev-to-hub",
            "properties": { "remoteVirtualNetwork": { "id": "[variables('hubId')]" }, "allowForwardedTraffic": true } },
          { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "spokeProdVnet/prod-to-hub",
            "properties": { "remoteVirtualNetwork": { "id": "[variables('hubId')]" }, "allowForwardedTraffic": true } }
        ]
        """;

        private static TemplateDocument DnsProxySample => new TemplateDocument(DnsProxyPath, TemplateRun.Template(DnsProxy, Location));

        private static TemplateDocument SandboxSample => new TemplateDocument(SandboxPath, TemplateRun.Template(Sandbox, Location, SandboxVariables));

        [Fact]
        public void Each_sample_alone_finds_its_planted_mistake()
        {
            Assert.Equal(new[] { "PEER301@" + DnsProxyPath + ":12" }, TemplateRun.Analyze(DnsProxySample).Summary());
            Assert.Equal(new[] { "PEER202@" + SandboxPath + ":18" }, TemplateRun.Analyze(SandboxSample).Summary());
        }

        [Fact]
        public void Two_samples_that_declare_a_hub_of_one_name_checked_together_find_what_each_finds_alone()
        {
            var alone = TemplateRun.Analyze(DnsProxySample).Summary().Concat(TemplateRun.Analyze(SandboxSample).Summary());

            var together = TemplateRun.Analyze(DnsProxySample, SandboxSample);

            Assert.Equal(alone.OrderBy(s => s, StringComparer.Ordinal), together.Summary());
            Assert.Empty(together.Topology.AddressSpaceChanges);
            var hubs = together.Topology.Networks.Where(n => n.DisplayName == "HubVnet").ToArray();
            Assert.Equal(2, hubs.Length);
            Assert.Equal(new[] { "192.168.0.0/16", "192.168.0.0/20" }, hubs.Select(h => Assert.Single(h.AddressPrefixes.Value).Prefix.Text).Order());
            Assert.NotEqual(hubs[0].Identity, hubs[1].Identity);
        }

        [Fact]
        public void Each_sample_s_references_name_its_own_hub()
        {
            var together = TemplateRun.Analyze(SandboxSample, DnsProxySample);

            var sandboxHub = together.Peering("hub-to-dev").Parent!;
            var dnsProxyHub = together.Peering("hub-to-spoke").Parent!;
            Assert.NotSame(sandboxHub, dnsProxyHub);
            Assert.Same(sandboxHub, together.Peering("dev-to-hub").RemoteNetwork);
            Assert.Same(sandboxHub, together.Peering("prod-to-hub").RemoteNetwork);
            Assert.Equal("192.168.0.0/16", Assert.Single(dnsProxyHub.AddressPrefixes.Value).Prefix.Text);
            Assert.Equal(SandboxPath, ((SourceLocation)sandboxHub.Declaration!).Path);
        }

        [Fact]
        public void A_third_file_naming_the_hub_both_samples_declare_is_one_PEER902_at_the_id_and_no_other_finding()
        {
            const string spoke = """
            [
              { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "spoke-c", "location": "westeurope",
                "properties": { "addressSpace": { "addressPrefixes": [ "10.10.0.0/16" ] },
                  "virtualNetworkPeerings": [ { "name": "spoke-c-to-hub",
                    "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'HubVnet')]" } } } ] } }
            ]
            """;
            var alone = TemplateRun.Analyze(DnsProxySample).Summary().Concat(TemplateRun.Analyze(SandboxSample).Summary());

            var result = TemplateRun.Analyze(DnsProxySample, SandboxSample, new TemplateDocument("spokes/spoke-c.json", TemplateRun.Template(spoke)));

            Assert.Equal(FactState.Unknown, result.Peering("spoke-c-to-hub").Remote.State);
            var note = Assert.Single(result.Findings, f => ((SourceLocation)f.Location!).Path == "spokes/spoke-c.json");
            Assert.Equal("PEER902", note.Rule.Id);
            Assert.Equal(new SourceLocation("spokes/spoke-c.json", 10, 57), note.Location);
            Assert.StartsWith(
                "The VNet 'HubVnet' this id names is ambiguous: '" + SandboxPath + "' and '" + DnsProxyPath + "' each declare one, and the run does not say that they deploy to the same resource group and subscription, so the checks that need its value were skipped: ",
                note.Message);
            Assert.Contains("PEER301", note.Message);
            Assert.Equal(alone.OrderBy(s => s, StringComparer.Ordinal), result.Findings.Where(f => f != note).Select(f => f.Rule.Id + "@" + ((SourceLocation)f.Location!).Path + ":" + ((SourceLocation)f.Location!).Line));
        }

        [Fact]
        public void A_third_file_naming_a_vnet_one_sample_declares_joins_that_declaration()
        {
            const string spoke = """
            [
              { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "spoke-c", "location": "westeurope",
                "properties": { "addressSpace": { "addressPrefixes": [ "10.30.0.0/16" ] } } },
              { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "spoke-c/spoke-c-to-spoke",
                "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'SpokeVnet')]" } } }
            ]
            """;

            var result = TemplateRun.Analyze(DnsProxySample, SandboxSample, new TemplateDocument("spokes/spoke-c.json", TemplateRun.Template(spoke)));

            var spokeVnet = result.Network("SpokeVnet");
            Assert.True(spokeVnet.IsDefined);
            Assert.Same(spokeVnet, result.Peering("spoke-c-to-spoke").RemoteNetwork);
            Assert.Contains("PEER301@spokes/spoke-c.json:9", result.Summary());
        }

        [Fact]
        public void A_gateway_a_third_file_puts_in_the_ambiguous_hub_may_be_in_either()
        {
            const string gateway = """
            [ { "type": "Microsoft.Network/virtualNetworkGateways", "apiVersion": "2023-09-01", "name": "vpn", "location": "westeurope",
                "properties": { "ipConfigurations": [ { "name": "default",
                  "properties": { "subnet": { "id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'HubVnet', 'GatewaySubnet')]" } } } ] } } ]
            """;
            var options = new AnalysisOptions(PlatformProfile.Current, closedWorld: true);
            var usesGateway = Sandbox
                .Replace("""{ "id": "[variables('hubId')]" }, "allowForwardedTraffic": true""", """{ "id": "[variables('hubId')]" }, "useRemoteGateways": true""")
                .Replace("""Id')]" }, "allowForwardedTraffic": true""", """Id')]" }, "allowGatewayTransit": true""");
            var documents = new[]
            {
                DnsProxySample,
                new TemplateDocument(SandboxPath, TemplateRun.Template(usesGateway, Location, SandboxVariables)),
                new TemplateDocument("shared/gateway.json", TemplateRun.Template(gateway)),
            };

            var withoutGateway = TemplateAnalyzer.Analyze(documents.Take(2).ToArray(), options, new SuppressionSet());
            var result = TemplateAnalyzer.Analyze(documents, options, new SuppressionSet());

            Assert.Contains(withoutGateway.Findings, f => f.Rule.Id == "PEER104");
            Assert.Contains(withoutGateway.Findings, f => f.Rule.Id == "PEER107");
            Assert.DoesNotContain(result.Findings, f => f.Rule.Id is "PEER104" or "PEER107");
            Assert.All(result.Topology.Networks.Where(n => n.DisplayName == "HubVnet"), hub => Assert.True(hub.MayHaveUnseenGateway));
            Assert.False(result.Network("spokeDevVnet").MayHaveUnseenGateway);
            var note = Assert.Single(result.Findings, f => f.Rule.Id == "PEER902");
            Assert.Equal("shared/gateway.json", ((SourceLocation)note.Location!).Path);
            Assert.EndsWith("so the checks that need its value were skipped: PEER104, PEER107", note.Message);
        }

        [Fact]
        public void Route_tables_of_one_name_in_two_samples_keep_their_own_routes_and_networks()
        {
            static string WithRoutes(string resources, string spoke, string nextHop) => resources.TrimEnd().TrimEnd(']') + $$"""
              , { "type": "Microsoft.Network/routeTables", "apiVersion": "2023-09-01", "name": "rt-spokes", "location": "westeurope",
                  "properties": { "routes": [ { "name": "to-firewall", "properties": { "addressPrefix": "0.0.0.0/0", "nextHopType": "VirtualAppliance", "nextHopIpAddress": "{{nextHop}}" } } ] } },
                { "type": "Microsoft.Network/virtualNetworks/subnets", "apiVersion": "2023-09-01", "name": "{{spoke}}/workload",
                  "properties": { "addressPrefix": "10.10.1.0/24", "routeTable": { "id": "[resourceId('Microsoft.Network/routeTables', 'rt-spokes')]" } } }
            ]
            """;

            var result = TemplateRun.Analyze(
                new TemplateDocument(DnsProxyPath, TemplateRun.Template(WithRoutes(DnsProxy, "SpokeVnet", "192.168.1.4"), Location)),
                new TemplateDocument(SandboxPath, TemplateRun.Template(WithRoutes(Sandbox, "spokeDevVnet", "192.168.0.4"), Location, SandboxVariables)));

            var tables = result.Topology.RouteTables.Where(t => t.DisplayName == "rt-spokes").OrderBy(t => ((SourceLocation)t.Declaration!).Path, StringComparer.Ordinal).ToArray();
            Assert.Equal(2, tables.Length);
            Assert.Equal("spokeDevVnet", Assert.Single(tables[0].AssociatedNetworks).DisplayName);
            Assert.Equal("192.168.0.4", Assert.Single(tables[0].Routes).NextHopIpAddress.Value);
            Assert.Equal("SpokeVnet", Assert.Single(tables[1].AssociatedNetworks).DisplayName);
            Assert.Equal("192.168.1.4", Assert.Single(tables[1].Routes).NextHopIpAddress.Value);
        }

        [Fact]
        public void A_parameter_file_belongs_to_its_template_s_root()
        {
            const string parameterised = """
            [
              { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "[parameters('hubName')]", "location": "westeurope",
                "properties": { "addressSpace": { "addressPrefixes": [ "[parameters('hubPrefix')]" ] } } },
              { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "[concat(parameters('hubName'), '/hub-to-sandbox-dev')]",
                "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'spokeDevVnet')]" } } }
            ]
            """;
            var hub = new TemplateDocument("hub/hub.json", TemplateRun.Template(parameterised, """{ "hubName": { "type": "string" }, "hubPrefix": { "type": "string" } }"""))
            {
                ParametersPath = "hub/hub.parameters.json",
                ParametersJsonText = """{ "parameters": { "hubName": { "value": "HubVnet" }, "hubPrefix": { "value": "10.200.0.0/16" } } }""",
            };

            var result = TemplateRun.Analyze(SandboxSample, hub);

            var ownHub = result.Peering("hub-to-sandbox-dev").Parent!;
            Assert.Equal("hub/hub.json", ((SourceLocation)ownHub.Declaration!).Path);
            Assert.Equal("10.200.0.0/16", Assert.Single(ownHub.AddressPrefixes.Value).Prefix.Text);
            Assert.Same(result.Network("spokeDevVnet"), result.Peering("hub-to-sandbox-dev").RemoteNetwork);
            Assert.Empty(result.Topology.AddressSpaceChanges);
        }

        [Fact]
        public void An_existing_vnet_of_one_file_and_the_references_of_others_name_one_vnet_when_no_file_declares_it()
        {
            const string existing = """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "languageVersion": "2.0",
              "contentVersion": "1.0.0.0",
              "resources": {
                "shared": { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "shared-hub", "existing": true, "location": "northeurope" },
                "dnsProxySpoke": { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "SpokeVnet", "existing": true, "location": "southcentralus" }
              }
            }
            """;
            const string spoke = """
            [
              { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "spoke-c", "location": "westeurope",
                "properties": { "addressSpace": { "addressPrefixes": [ "10.30.0.0/16" ] } } },
              { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "spoke-c/spoke-c-to-shared",
                "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'shared-hub')]" } } }
            ]
            """;

            var result = TemplateRun.Analyze(DnsProxySample, new TemplateDocument("shared/existing.json", existing), new TemplateDocument("spokes/spoke-c.json", TemplateRun.Template(spoke)));

            var shared = result.Peering("spoke-c-to-shared").RemoteNetwork!;
            Assert.False(shared.IsDefined);
            Assert.True(shared.Location.Is("northeurope"));
            Assert.True(result.Network("SpokeVnet").Location.Is("westeurope"));
        }

        [Fact]
        public void A_vnet_declared_again_in_a_nested_deployment_of_its_file_is_one_vnet()
        {
            var resized = """
            [ { "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "grow-hub",
                "properties": { "mode": "Incremental", "expressionEvaluationOptions": { "scope": "inner" }, "template": { "resources": [
                  { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "HubVnet", "location": "westeurope",
                    "properties": { "addressSpace": { "addressPrefixes": [ "192.168.0.0/16", "172.16.0.0/16" ] } } } ] } } } ]
            """;
            var grown = DnsProxy.TrimEnd().TrimEnd(']') + "," + resized.Trim().TrimStart('[');

            var result = TemplateRun.Analyze(new TemplateDocument(DnsProxyPath, TemplateRun.Template(grown, Location)), SandboxSample);

            var change = Assert.Single(result.Topology.AddressSpaceChanges);
            Assert.Equal("adds 172.16.0.0/16", change.Description);
            Assert.Equal(DnsProxyPath, ((SourceLocation)change.Network.Declaration!).Path);
            Assert.Contains(result.Findings, f => f.Rule.Id == "PEER205" && ((SourceLocation)f.Location!).Path == DnsProxyPath);
            Assert.DoesNotContain(result.Findings, f => f.Rule.Id == "PEER205" && ((SourceLocation)f.Location!).Path == SandboxPath);
        }

        [Fact]
        public void A_reference_that_names_the_resource_group_joins_the_hub_a_file_deploys_there()
        {
            const string hub = """
            [ { "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "hub", "resourceGroup": "rg-hub",
                "properties": { "mode": "Incremental", "template": { "resources": [
                  { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "HubVnet", "location": "westeurope",
                    "properties": { "addressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] } } } ] } } } ]
            """;
            const string spoke = """
            [
              { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "spoke", "location": "westeurope",
                "properties": { "addressSpace": { "addressPrefixes": [ "10.1.0.0/16" ] } } },
              { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "spoke/spoke-to-hub",
                "properties": { "remoteVirtualNetwork": { "id": "[resourceId('rg-hub', 'Microsoft.Network/virtualNetworks', 'HubVnet')]" } } }
            ]
            """;

            // The samples' own 'HubVnet' are in the resource groups they are deployed to, not in 'rg-hub'.
            var result = TemplateRun.Analyze(DnsProxySample, SandboxSample,
                new TemplateDocument("hub/hub.json", TemplateRun.Template(hub)),
                new TemplateDocument("spoke/spoke.json", TemplateRun.Template(spoke)));

            var remote = result.Peering("spoke-to-hub").RemoteNetwork!;
            Assert.True(remote.IsDefined);
            Assert.Equal("hub/hub.json", ((SourceLocation)remote.Declaration!).Path);
            Assert.Contains("PEER301@spoke/spoke.json:9", result.Summary());
        }

        [Fact]
        public void A_literal_id_joins_the_vnet_a_file_declares_with_that_subscription_and_resource_group()
        {
            const string hub = """
            [ { "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "hub", "subscriptionId": "0000", "resourceGroup": "rg-hub",
                "properties": { "mode": "Incremental", "template": { "resources": [
                  { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "HubVnet", "location": "westeurope",
                    "properties": { "addressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] } } } ] } } } ]
            """;
            const string spoke = """
            [
              { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "spoke", "location": "westeurope",
                "properties": { "addressSpace": { "addressPrefixes": [ "10.0.128.0/17" ] } } },
              { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "spoke/spoke-to-hub",
                "properties": { "remoteVirtualNetwork": { "id": "/subscriptions/0000/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/HubVnet" } } }
            ]
            """;

            var result = TemplateRun.Analyze(DnsProxySample, SandboxSample,
                new TemplateDocument("hub/hub.json", TemplateRun.Template(hub)),
                new TemplateDocument("spoke/spoke.json", TemplateRun.Template(spoke)));

            Assert.Equal("hub/hub.json", ((SourceLocation)result.Peering("spoke-to-hub").RemoteNetwork!.Declaration!).Path);
            Assert.Contains(result.Findings, f => f.Rule.Id == "PEER201" && f.Message.Contains("10.0.128.0/17", StringComparison.Ordinal));
        }

        [Fact]
        public void Two_files_that_name_the_subscription_and_resource_group_declare_one_vnet()
        {
            static string Hub(string prefixes) => $$"""
            [ { "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "hub", "subscriptionId": "0000", "resourceGroup": "rg-hub",
                "properties": { "mode": "Incremental", "template": { "resources": [
                  { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "HubVnet", "location": "westeurope",
                    "properties": { "addressSpace": { "addressPrefixes": {{prefixes}} } } } ] } } } ]
            """;

            var result = TemplateRun.Analyze(
                new TemplateDocument("hub/v1.json", TemplateRun.Template(Hub("""[ "10.0.0.0/16" ]"""))),
                new TemplateDocument("hub/v2.json", TemplateRun.Template(Hub("""[ "10.0.0.0/16", "10.20.0.0/16" ]"""))));

            Assert.Equal("adds 10.20.0.0/16", Assert.Single(result.Topology.AddressSpaceChanges).Description);
            Assert.Single(result.Topology.Networks);
        }

        [Fact]
        public void Two_files_that_name_the_resource_group_but_not_the_subscription_declare_two_vnets()
        {
            static string Hub(string prefixes) => $$"""
            [ { "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "hub", "resourceGroup": "rg-hub",
                "properties": { "mode": "Incremental", "template": { "resources": [
                  { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "HubVnet", "location": "westeurope",
                    "properties": { "addressSpace": { "addressPrefixes": {{prefixes}} } } } ] } } } ]
            """;

            var result = TemplateRun.Analyze(
                new TemplateDocument("hub/v1.json", TemplateRun.Template(Hub("""[ "10.0.0.0/16" ]"""))),
                new TemplateDocument("hub/v2.json", TemplateRun.Template(Hub("""[ "10.0.0.0/16", "10.20.0.0/16" ]"""))));

            Assert.Empty(result.Topology.AddressSpaceChanges);
            Assert.Equal(2, result.Topology.Networks.Count);
        }
    }
}
