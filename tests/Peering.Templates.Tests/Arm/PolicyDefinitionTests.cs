using System.Linq;
using Peering.Rules.Checks;
using Peering.Templates.Tests.Infrastructure;

namespace Peering.Templates.Tests.Arm
{
    /// <summary>
    /// The template an Azure Policy definition deploys (deployIfNotExists) is checked as a template: in a definition
    /// file (plain, or escaped for a template to embed), in a definition resource of a template (escaped, with the
    /// template's own expressions evaluated there), and in a policy rule file. The policy's parameters are unknown.
    /// </summary>
    public class PolicyDefinitionTests
    {
        [Fact]
        public void A_definition_file_is_checked_as_its_template_with_written_values_known_and_policy_parameters_unknown()
        {
            const string name = "Policy/spoke-peering.policy.json";

            var result = Analyze(name);

            Assert.Equal(new[] { "PEER102@" + name + ":" + Fixtures.LineOf(name, "\"useRemoteGateways\"") }, result.Summary());
            var peering = Assert.Single(result.Topology.Peerings);
            Assert.True(peering.IsConditional);
            Assert.Equal(Peering.Rules.Model.FactState.Unknown, peering.Remote.State);
            Assert.Equal(Peering.Rules.Model.FactState.Unknown, peering.Name.State);
            Assert.Empty(result.NotNeeded);
        }

        [Fact]
        public void An_escaped_definition_file_is_read_one_escape_level_down_and_later_stages_stay_unknown()
        {
            const string name = "Policy/hub-and-spoke.escaped.json";

            var result = Analyze(name);

            // Read plainly, every name and id would be literal text such as "[concat(...)]": PEER402 and PEER403 would follow.
            Assert.Equal(new[] { "PEER304@" + name + ":" + Fixtures.LineOf(name, "\"allowVirtualNetworkAccess\"") }, result.Summary());
            Assert.Equal(2, result.Topology.Peerings.Count);
            Assert.All(result.Topology.Peerings, p => Assert.Equal(Peering.Rules.Model.FactState.Unknown, p.Remote.State));
            var spoke = Assert.Single(result.Topology.Networks, n => n.IsDefined);
            Assert.Equal("westeurope", spoke.Location.Value);
            Assert.Equal("parameters('spokeName')", spoke.DisplayName);
        }

        [Fact]
        public void A_definition_resource_of_a_template_joins_the_template_and_evaluates_its_unescaped_strings_there()
        {
            const string name = "Policy/hub-policy.template.json";

            var result = Analyze(name);

            var finding = Assert.Single(result.Findings);
            Assert.Equal("PEER104@" + name + ":" + Fixtures.LineOf(name, "\"useRemoteGateways\""), result.Summary().Single());
            Assert.Contains("'to-hub' of VNet 'spoke'", finding.Message);
            Assert.Contains("'to-spoke' of VNet 'hub' does not set AllowGatewayTransit", finding.Message);

            var generated = Assert.Single(result.NotNeeded);
            Assert.Equal("a policy definition given by an expression", generated.Construct);
            Assert.Equal(Fixtures.LineOf(name, "\"properties\": \"[json("), generated.Location.Line);
        }

        [Fact]
        public void A_policy_rule_file_is_checked_as_its_template()
        {
            const string name = "Policy/peer-to-hub.rules.json";

            var result = Analyze(name);

            Assert.Equal(
                new[]
                {
                    "PEER109@" + name + ":" + Fixtures.LineOf(name, "\"doNotVerifyRemoteGateways\""),
                    "PEER406@" + name + ":" + Fixtures.LineOf(name, "\"peeringState\""),
                },
                result.Summary());
        }

        [Fact]
        public void A_policy_finding_is_silenced_by_the_metadata_of_its_resource()
        {
            const string name = "Policy/peer-to-hub.rules.json";
            var text = Fixtures.Read(name).Replace(
                "\"apiVersion\": \"2023-09-01\",",
                "\"apiVersion\": \"2023-09-01\", \"metadata\": { \"peering-check\": { \"suppress\": [ \"PEER109\", \"PEER406\" ] } },");

            Assert.Empty(TemplateRun.Analyze(new TemplateDocument(name, text)).Findings);
        }

        [Theory]
        [InlineData("{ \"properties\": { \"policyRule\": { \"if\": {}, \"then\": { \"effect\": \"audit\" } } } }")]
        [InlineData("{ \"properties\": { \"policyRule\": { \"then\": { \"details\": { \"deployment\": { \"properties\": { \"templateLink\": { \"uri\": \"https://example.invalid/t.json\" } } } } } } } }")]
        [InlineData("{ \"properties\": { \"policyDefinitionId\": \"/providers/Microsoft.Authorization/policyDefinitions/x\", \"parameters\": {} } }")]
        [InlineData("{ \"if\": {}, \"then\": { \"details\": { \"deployment\": { \"properties\": { \"template\": \"[variables('t')]\" } } } } }")]
        [InlineData("[ { \"properties\": { \"policyRule\": {} } } ]")]
        public void Other_policy_JSON_is_not_a_template(string json)
        {
            Assert.False(ArmTemplateFile.IsPolicyDefinition(json));
            var result = TemplateRun.Analyze(new TemplateDocument("policy.json", json));
            Assert.Empty(result.Findings);
            Assert.Empty(result.Topology.Peerings);
        }

        [Fact]
        public void Policy_files_are_recognised_without_a_schema()
        {
            Assert.True(ArmTemplateFile.IsPolicyDefinition(Fixtures.Read("Policy/spoke-peering.policy.json")));
            Assert.True(ArmTemplateFile.IsPolicyDefinition(Fixtures.Read("Policy/hub-and-spoke.escaped.json")));
            Assert.True(ArmTemplateFile.IsPolicyDefinition(Fixtures.Read("Policy/peer-to-hub.rules.json")));
            Assert.False(ArmTemplateFile.IsPolicyDefinition("{ \"properties\": "));
        }

        private static TemplateAnalysisResult Analyze(string name) => TemplateRun.Analyze(new TemplateDocument(name, Fixtures.Read(name)));
    }
}
