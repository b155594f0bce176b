using System.Linq;
using Peering.Templates.Tests.Infrastructure;

namespace Peering.Templates.Tests.Arm
{
    /// <summary>Templates with the wrong shapes in every place the reader looks: no exception, at most unknown values.</summary>
    public class HostileInputTests
    {
        [Theory]
        [InlineData("\"not an array\"")]
        [InlineData("[ 1, \"x\", null, [] ]")]
        [InlineData("[ { \"type\": 5, \"name\": true } ]")]
        [InlineData("[ { \"type\": \"Microsoft.Network/virtualNetworks\" } ]")]
        [InlineData("[ { \"type\": \"Microsoft.Network/virtualNetworks\", \"name\": \"a/b/c\", \"properties\": \"[parameters('p')]\" } ]")]
        [InlineData("[ { \"type\": \"Microsoft.Network/virtualNetworks\", \"name\": \"hub\", \"properties\": { \"addressSpace\": { \"addressPrefixes\": \"10.0.0.0/16\" }, \"subnets\": 3, \"virtualNetworkPeerings\": { } } } ]")]
        [InlineData("[ { \"type\": \"Microsoft.Network/virtualNetworks\", \"name\": \"hub\", \"properties\": { \"addressSpace\": { \"addressPrefixes\": [ 1, null, {} ] }, \"subnets\": [ 1, { \"properties\": 2 } ] } } ]")]
        [InlineData("[ { \"type\": \"Microsoft.Network/virtualNetworks/virtualNetworkPeerings\", \"name\": \"hub\", \"properties\": { \"remoteVirtualNetwork\": \"x\", \"allowGatewayTransit\": \"yes\" } } ]")]
        [InlineData("[ { \"type\": \"Microsoft.Network/virtualNetworks/virtualNetworkPeerings\", \"name\": \"hub/p\", \"properties\": { \"remoteVirtualNetwork\": { \"id\": 42 } } } ]")]
        [InlineData("[ { \"type\": \"Microsoft.Network/virtualNetworks/virtualNetworkPeerings\", \"name\": \"hub/p\", \"copy\": { \"name\": \"x\", \"count\": \"many\" } } ]")]
        [InlineData("[ { \"type\": \"Microsoft.Network/virtualNetworks/virtualNetworkPeerings\", \"name\": \"hub/p\", \"copy\": { \"count\": -1 } } ]")]
        [InlineData("[ { \"type\": \"Microsoft.Network/virtualNetworks\", \"name\": \"hub\", \"properties\": { \"copy\": [ { \"name\": \"subnets\", \"count\": 2 } ] } } ]")]
        [InlineData("[ { \"type\": \"Microsoft.Network/virtualNetworks/virtualNetworkPeerings\", \"name\": \"hub/p\", \"condition\": \"yes\" } ]")]
        [InlineData("[ { \"type\": \"Microsoft.Network/virtualNetworkGateways\", \"name\": \"gw\", \"properties\": { \"ipConfigurations\": [ { \"properties\": { \"subnet\": { \"id\": \"/subscriptions/x\" } } } ] } } ]")]
        [InlineData("[ { \"type\": \"Microsoft.Network/routeTables/routes\", \"name\": \"[concat(\" } ]")]
        [InlineData("[ { \"type\": \"Microsoft.Resources/deployments\", \"name\": \"d\", \"properties\": { \"template\": \"[variables('t')]\" } } ]")]
        [InlineData("[ { \"type\": \"Microsoft.Resources/deployments\", \"name\": \"d\", \"properties\": { \"templateLink\": 3 } } ]")]
        [InlineData("[ { \"type\": \"Microsoft.Resources/deployments\", \"name\": \"d\", \"properties\": { \"expressionEvaluationOptions\": { \"scope\": \"inner\" }, \"parameters\": 5, \"template\": { \"resources\": { \"x\": 1 } } } } ]")]
        [InlineData("[ { \"type\": \"[[Microsoft.Network/virtualNetworks]\", \"name\": \"[[hub]\" } ]")]
        public void Odd_shapes_do_not_throw(string resources)
        {
            var result = TemplateRun.Analyze(TemplateRun.Template(resources));
            Assert.All(result.Findings, f => Assert.NotNull(f.Location));
        }

        [Fact]
        public void Nested_deployments_nested_too_deeply_stop_with_a_report()
        {
            var template = "{ \"resources\": [ { \"type\": \"Microsoft.Network/virtualNetworks\", \"name\": \"deepest\" } ] }";
            for (var i = 0; i < 15; i++)
            {
                template = "{ \"resources\": [ { \"type\": \"Microsoft.Resources/deployments\", \"name\": \"d" + i + "\", \"properties\": { \"template\": " + template + " } } ] }";
            }

            var result = TemplateRun.Analyze(TemplateRun.Template(template.Substring("{ \"resources\": ".Length, template.Length - "{ \"resources\": ".Length - 2)));

            Assert.Empty(result.Topology.Networks);
            Assert.Contains(result.NotNeeded, u => u.Construct.Contains("deeper than"));
        }

        [Fact]
        public void Json_nested_beyond_the_reader_limit_is_a_parse_finding()
        {
            var text = new string('[', 200) + new string(']', 200);
            var result = TemplateRun.Analyze(new TemplateDocument("deep.json", text));
            Assert.Equal("PEER901", Assert.Single(result.Findings).Rule.Id);
        }

        [Fact]
        public void Vnets_of_a_loop_with_unknown_names_stay_apart()
        {
            const string parameters = """{ "names": { "type": "array" } }""";
            const string resources = """
            [ { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "[parameters('names')[copyIndex()]]", "location": "westeurope",
                "copy": { "name": "vnets", "count": 2 },
                "properties": { "addressSpace": { "addressPrefixes": [ "[format('10.{0}.0.0/16', copyIndex())]" ] } } } ]
            """;
            var result = TemplateRun.Analyze(TemplateRun.Template(resources, parameters));

            Assert.Equal(2, result.Topology.Networks.Count);
            Assert.Empty(result.Topology.AddressSpaceChanges);
        }

        [Fact]
        public void A_vnet_with_an_unknown_name_still_owns_its_inline_peerings()
        {
            const string parameters = """{ "name": { "type": "string" } }""";
            const string resources = """
            [ { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "[parameters('name')]", "location": "westeurope",
                "properties": { "virtualNetworkPeerings": [ { "name": "p", "properties": { "allowGatewayTransit": true, "useRemoteGateways": true } } ] } } ]
            """;
            var result = TemplateRun.Analyze(TemplateRun.Template(resources, parameters));

            var network = Assert.Single(result.Topology.Networks);
            Assert.Equal("parameters('name')", network.DisplayName);
            Assert.Same(network, result.Peering("p").Parent);
            Assert.Contains(result.Findings, f => f.Rule.Id == "PEER102");
        }
    }
}
