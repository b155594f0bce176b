using System;
using System.Linq;
using System.Text;
using Peering.Templates.Arm;
using Peering.Templates.Expressions;
using Peering.Templates.Json;
using Peering.Templates.Tests.Infrastructure;

namespace Peering.Templates.Tests.Limits
{
    /// <summary>
    /// A 10 MB template built to cost as much as possible: thousands of resources that each ask for 800 copies with
    /// 800-item property loops, named by variables that double in size 40 times. The work is bounded by the limits,
    /// measured as iterations unrolled and resources expanded, not by the clock.
    /// </summary>
    public class HostileTemplateTests
    {
        private static readonly Lazy<string> Template = new Lazy<string>(Build);

        [Fact]
        public void The_hostile_template_is_ten_megabytes_of_valid_JSON()
        {
            Assert.InRange(Encoding.UTF8.GetByteCount(Template.Value), 10_000_000, 12_000_000);
            Assert.True(ArmTemplateFile.IsDeploymentTemplate(Template.Value));
        }

        [Fact]
        public void Unrolling_stops_at_the_iteration_budget()
        {
            var diagnostics = new TemplateDiagnostics();
            var document = new TemplateDocument("hostile.json", Template.Value);

            var resources = TemplateExpander.Expand(document, SourceNodeReader.Read(Template.Value), new System.Collections.Generic.Dictionary<string, Func<ArmValue>>(), diagnostics, new ParsedExpressions());

            Assert.InRange(diagnostics.IterationsSpent, 1, TemplateDiagnostics.MaxIterations);
            // Each resource loop that fits the budget adds its copies; every other resource stands once for its unknown count.
            Assert.InRange(resources.Count, 1, TemplateDiagnostics.MaxIterations + Declared);
            Assert.Contains(diagnostics.Entries, e => e.Construct.Contains("more than " + TemplateDiagnostics.MaxIterations + " iterations", StringComparison.Ordinal));
        }

        [Fact]
        public void The_whole_analysis_finishes_with_the_limits_reported()
        {
            var result = TemplateRun.Analyze(new TemplateDocument("hostile.json", Template.Value));

            var messages = result.Findings.Where(f => f.Rule.Id == "PEER902").Select(f => f.Message).ToList();
            Assert.Contains(messages, m => m.Contains("iterations in one file", StringComparison.Ordinal));
            Assert.All(result.Findings, f => Assert.Equal("hostile.json", ((SourceLocation)f.Location!).Path));
        }

        private const int Declared = 13_500;

        private static string Build()
        {
            var variables = new StringBuilder("{ \"v0\": \"abcdefghijklmnop\"");
            for (var i = 1; i <= 40; i++)
            {
                variables.Append($", \"v{i}\": \"[concat(variables('v{i - 1}'), variables('v{i - 1}'))]\"");
            }

            variables.Append(" }");
            var resource = """
                { "type": "Microsoft.Network/virtualNetworks", "name": "[concat(variables('v40'), copyIndex())]", "location": "westeurope",
                  "copy": { "name": "vnets", "count": 800 },
                  "properties": { "addressSpace": { "addressPrefixes": [ "[format('10.{0}.0.0/16', copyIndex())]" ] },
                    "copy": [ { "name": "subnets", "count": 800, "input": { "name": "[concat(variables('v40'), copyIndex('subnets'))]", "properties": { "addressPrefix": "[cidrSubnet('10.0.0.0/8', 24, copyIndex('subnets'))]" } } } ],
                    "virtualNetworkPeerings": [ { "name": "[concat('p', copyIndex())]", "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', concat(variables('v40'), add(copyIndex(), 1)))]" }, "useRemoteGateways": true } } ] } }
                """.Replace("\n", " ");
            var resources = "[ " + string.Join(",\n", Enumerable.Repeat(resource, Declared)) + " ]";
            return TemplateRun.Template(resources, variables: variables.ToString());
        }
    }
}
