using System.Linq;
using Peering.Rules.Checks;
using Peering.Templates.Tests.Infrastructure;

namespace Peering.Templates.Tests.Arm
{
    /// <summary>Suppressions in a resource's metadata, and ones the caller already holds.</summary>
    public class SuppressionTests
    {
        private const string Resources = """
        [
          {
            "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings",
            "apiVersion": "2023-09-01",
            "name": "hub/silenced",
            "metadata": {
              "peering-check": { "suppress": [ "PEER102", "peer401" ], "justification": "Test of suppressions." }
            },
            "properties": { "allowGatewayTransit": true, "useRemoteGateways": true }
          },
          {
            "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings",
            "apiVersion": "2023-09-01",
            "name": "spoke/reported",
            "metadata": { "peering-check": { "suppress": "PEER401" } },
            "properties": { "allowGatewayTransit": true, "useRemoteGateways": true }
          }
        ]
        """;

        [Fact]
        public void Metadata_silences_the_named_rules_in_that_resource_only()
        {
            var result = TemplateRun.Analyze(TemplateRun.Template(Resources));

            var finding = Assert.Single(result.Findings);
            Assert.Equal("PEER102", finding.Rule.Id);
            Assert.Contains("'reported'", finding.Message);
        }

        [Fact]
        public void Metadata_on_a_nested_deployment_covers_the_resources_of_its_template()
        {
            const string resources = """
            [
              {
                "type": "Microsoft.Resources/deployments",
                "apiVersion": "2022-09-01",
                "name": "peerings",
                "metadata": { "peering-check": { "suppress": [ "PEER102" ], "justification": "Test." } },
                "properties": {
                  "mode": "Incremental",
                  "template": {
                    "resources": [
                      { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "hub/both",
                        "properties": { "allowGatewayTransit": true, "useRemoteGateways": true } }
                    ]
                  }
                }
              }
            ]
            """;
            var result = TemplateRun.Analyze(TemplateRun.Template(resources));

            Assert.Single(result.Topology.Peerings);
            Assert.DoesNotContain(result.Findings, f => f.Rule.Id == "PEER102");
        }

        [Fact]
        public void Suppressions_found_in_metadata_are_added_to_the_set()
        {
            var suppressions = new SuppressionSet();
            TemplateAnalyzer.Analyze(new[] { new TemplateDocument("main.json", TemplateRun.Template(Resources)) }, AnalysisOptions.Default, suppressions);

            Assert.True(suppressions.Count > 0);
        }

        [Fact]
        public void Suppressions_the_caller_holds_apply_too()
        {
            var unsuppressed = TemplateRun.Analyze(TemplateRun.Template(Resources));
            var location = (SourceLocation)unsuppressed.Findings.Single().Location!;
            var suppressions = new SuppressionSet();
            suppressions.Add(location.Path, location.Line, "PEER102");

            var result = TemplateAnalyzer.Analyze(new[] { new TemplateDocument("main.json", TemplateRun.Template(Resources)) }, AnalysisOptions.Default, suppressions);

            Assert.Empty(result.Findings);
        }
    }
}
