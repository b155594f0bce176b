using System.Linq;
using Peering.Rules.Checks;
using Peering.Rules.Model;
using Peering.Templates;
using Peering.Terraform.Tests.Infrastructure;
using static Peering.Terraform.Tests.Infrastructure.TerraformRun;

namespace Peering.Terraform.Tests.Reading
{
    /// <summary>Plans in JSON: planned values, unknown ids linked through the configuration's references, findings at the plan's lines.</summary>
    public sealed class PlanTests
    {
        private static Result Plan(string transit, string dataSpace, AnalysisOptions? options = null)
        {
            var text = Fixtures.Read("plans/hub-and-spokes.json").Replace("__TRANSIT__", transit).Replace("__DATA_SPACE__", dataSpace);
            return AnalyzePlan(options ?? ClosedWorld, text);
        }

        [Fact]
        public void A_correct_plan_reports_nothing_and_links_new_vnets_through_references()
        {
            var result = Plan("true", "10.2.0.0/16");

            Assert.Empty(result.Findings);
            Assert.Equal(4, result.Topology.Peerings.Count);
            Assert.Same(result.Network("vnet-app"), result.Peering("hub-to-app").RemoteNetwork);
            Assert.Same(result.Network("vnet-hub"), result.Peering("app-to-hub").RemoteNetwork);
            Assert.Same(result.Network("vnet-hub"), result.Peering("hub-to-data").Parent);
            Assert.True(result.Network("vnet-hub").HasGateway.Is(true));
        }

        [Fact]
        public void Gateway_rule_PEER104_on_a_plan_at_the_plans_line()
        {
            var result = Plan("false", "10.2.0.0/16");

            Assert.Equal(new[] { "PEER104@plan.json:98" }, result.Summary);
        }

        [Fact]
        public void Overlap_rule_PEER202_on_a_plan()
        {
            var result = Plan("true", "10.1.128.0/17");

            Assert.Equal(new[] { "PEER202" }, result.RuleIds.Distinct());
        }

        [Fact]
        public void Unknown_values_in_a_plan_stay_silent()
        {
            var text = Fixtures.Read("plans/hub-and-spokes.json").Replace("__TRANSIT__", "false").Replace("__DATA_SPACE__", "10.2.0.0/16")
                .Replace("\"after_unknown\": { \"id\": true, \"remote_virtual_network_id\": true }", "\"after_unknown\": { \"id\": true, \"remote_virtual_network_id\": true, \"allow_gateway_transit\": true }")
                .Replace("\"allow_gateway_transit\": false,\n          \"allow_virtual_network_access\": true,\n          \"name\": \"hub-to-app\",", "\"allow_virtual_network_access\": true,\n          \"name\": \"hub-to-app\",");

            var result = AnalyzePlan(ClosedWorld, text);

            Assert.Empty(result.Findings);
            Assert.Equal(FactState.Unknown, result.Peering("hub-to-app").AllowGatewayTransit.State);
        }

        [Theory]
        [InlineData("{ \"format_version\": \"2.0\", \"terraform_version\": \"9.0.0\" }", "plan format_version '2.0' is not one the reader knows")]
        [InlineData("{ \"format_version\": \"1.2\", \"terraform_version\": ", "is not a readable plan")]
        public void A_plan_the_reader_cannot_read_is_a_PEER901(string text, string reason)
        {
            var finding = Assert.Single(AnalyzePlan(AnalysisOptions.Default, text).Findings);

            Assert.Equal("PEER901", finding.Rule.Id);
            Assert.Contains(reason, finding.Message);
        }

        [Fact]
        public void Every_prefix_of_a_plan_is_read_without_an_exception()
        {
            var text = Fixtures.Read("plans/hub-and-spokes.json");
            for (var length = 0; length <= text.Length; length += 11)
            {
                Assert.All(AnalyzePlan(AnalysisOptions.Default, text.Substring(0, length)).Findings, f => Assert.IsType<SourceLocation>(f.Location));
            }
        }
    }
}
