using System.Linq;
using Peering.Templates.Tests.Infrastructure;
using Xunit;

namespace Peering.Templates.Tests.Arm
{
    /// <summary>
    /// <c>[[...]</c> is ARM's escape for text that starts with a bracket. Within a template nested in one with outer scope,
    /// the parent evaluates the text too, and templates (Azure/Enterprise-Scale among them) escape expressions there so the
    /// inner deployment evaluates them: such a string is neither known text nor a known value.
    /// </summary>
    public sealed class EscapedExpressionTests
    {
        private const string HubPeering = """
            { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2024-05-01",
              "name": "NAME",
              "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'spoke')]" } } }
            """;

        private static string Deployment(string scope, string resource) => """
            { "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "DEPLOYMENT",
              "properties": { "mode": "Incremental", SCOPE
                "parameters": PARAMETERS,
                "template": { "parameters": { "hubName": { "type": "string" } }, "resources": [ RESOURCE ] } } }
            """
            .Replace("DEPLOYMENT", scope + "-deployment")
            .Replace("SCOPE", scope == "inner" ? "\"expressionEvaluationOptions\": { \"scope\": \"inner\" }," : string.Empty)
            .Replace("PARAMETERS", scope == "inner" ? "{ \"hubName\": { \"value\": \"hub\" } }" : "{}")
            .Replace("RESOURCE", resource);

        [Fact]
        public void An_escaped_expression_in_an_inner_template_nested_in_an_outer_one_is_unknown()
        {
            var peering = HubPeering.Replace("NAME", "[[concat(parameters('hubName'), '/to-spoke')]");
            var template = TemplateRun.Template("[ " + Deployment("outer", Deployment("inner", peering)) + " ]");

            var result = TemplateRun.Analyze(template);

            Assert.False(Assert.Single(result.Topology.Peerings).Name.IsKnown);
            Assert.DoesNotContain("PEER403", result.RuleIds());
            Assert.DoesNotContain("PEER402", result.RuleIds());
        }

        [Fact]
        public void An_escaped_string_in_an_outer_scope_template_is_unknown()
        {
            var peering = HubPeering.Replace("NAME", "[[concat('hub', '/to-spoke')]");
            var result = TemplateRun.Analyze(TemplateRun.Template("[ " + Deployment("outer", peering) + " ]"));

            Assert.False(Assert.Single(result.Topology.Peerings).Name.IsKnown);
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void An_escaped_string_in_the_template_itself_or_in_an_inner_scope_template_is_text(bool nested)
        {
            var peering = HubPeering.Replace("NAME", "[[hub/to-spoke]");
            var resources = nested ? Deployment("inner", peering) : peering;

            var result = TemplateRun.Analyze(TemplateRun.Template("[ " + resources + " ]"));

            Assert.Equal("to-spoke]", Assert.Single(result.Topology.Peerings).Name.Value);
            Assert.Equal("[hub", result.Topology.Peerings[0].Parent!.DisplayName);
        }
    }
}
