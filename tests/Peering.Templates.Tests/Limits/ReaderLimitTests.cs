using System.Linq;
using System.Text;
using Peering.Rules.Checks;
using Peering.Templates.Tests.Infrastructure;

namespace Peering.Templates.Tests.Limits
{
    /// <summary>
    /// Each limit of the JSON reader and the expression evaluator: a PEER901 that names the limit and the file, or a
    /// construct not evaluated that names the limit (counted here, where no rule needs the VNet's name), never an exception.
    /// </summary>
    public class ReaderLimitTests
    {
        private const string Vnet = """{ "type": "Microsoft.Network/virtualNetworks", "name": "hub", "location": "westeurope", "properties": { "addressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] } } }""";

        [Fact]
        public void Json_nested_deeper_than_the_limit_skips_the_file_naming_the_limit()
        {
            var resources = "[ " + new string('[', 130) + new string(']', 130) + " ]";

            var finding = Assert.Single(TemplateRun.Analyze(TemplateRun.Template(resources)).Findings);

            Assert.Equal("PEER901", finding.Rule.Id);
            Assert.Equal("'main.json' is skipped: its objects and arrays are nested deeper than 128 levels, the reader's limit", finding.Message);
        }

        [Fact]
        public void Json_nested_to_the_limit_is_read()
        {
            // The template object is level 1 and "resources" level 2, so 126 more arrays make 128.
            var resources = "[ " + new string('[', 125) + new string(']', 125) + ", " + Vnet + " ]";

            var result = TemplateRun.Analyze(TemplateRun.Template(resources));

            Assert.Equal("hub", Assert.Single(result.Topology.Networks).DisplayName);
        }

        [Fact]
        public void An_array_longer_than_the_limit_skips_the_file_at_the_array()
        {
            var resources = "[ " + Vnet + ", [" + string.Join(",", Enumerable.Repeat("0", 100_001)) + "] ]";

            var finding = Assert.Single(TemplateRun.Analyze(TemplateRun.Template(resources)).Findings);

            Assert.Equal("PEER901", finding.Rule.Id);
            Assert.Equal("'main.json' is skipped: an array has more than 100,000 items, the reader's limit", finding.Message);
            Assert.Equal(6, ((SourceLocation)finding.Location!).Line);
        }

        [Fact]
        public void More_values_than_the_limit_skip_the_file()
        {
            // Short arrays, so only the total is over a limit.
            var chunk = "[" + string.Join(",", Enumerable.Repeat("0", 999)) + "]";
            var resources = "[ " + string.Join(",", Enumerable.Repeat(chunk, 1001)) + " ]";

            var finding = Assert.Single(TemplateRun.Analyze(TemplateRun.Template(resources)).Findings);

            Assert.Equal("'main.json' is skipped: it has more than 1,000,000 JSON values, the reader's limit", finding.Message);
        }

        [Fact]
        public void An_expression_longer_than_ARMs_limit_is_not_evaluated()
        {
            var longName = "[concat('" + new string('a', 24_600) + "')]";
            var resources = "[ { \"type\": \"Microsoft.Network/virtualNetworks\", \"name\": \"" + longName + "\" } ]";

            var construct = Unevaluated(TemplateRun.Analyze(TemplateRun.Template(resources)));

            Assert.Contains("of " + longName.Length + " characters, over ARM's limit of 24576", construct);
            Assert.StartsWith("the expression '[concat('aaaa", construct);
        }

        [Fact]
        public void An_expression_nested_deeper_than_the_limit_is_not_evaluated_and_says_so()
        {
            var deep = "[" + string.Concat(Enumerable.Repeat("concat(", 70)) + "'x'" + new string(')', 70) + "]";
            var resources = "[ { \"type\": \"Microsoft.Network/virtualNetworks\", \"name\": \"" + deep + "\" } ]";

            var construct = Unevaluated(TemplateRun.Analyze(TemplateRun.Template(resources)));

            Assert.EndsWith(", nested deeper than 64 levels", construct);
        }

        [Fact]
        public void A_copy_count_over_ARMs_800_is_not_unrolled()
        {
            var resources = "[ { \"type\": \"Microsoft.Network/virtualNetworks\", \"name\": \"[concat('v', copyIndex())]\", \"copy\": { \"name\": \"many\", \"count\": 801 } } ]";

            var result = TemplateRun.Analyze(TemplateRun.Template(resources));

            Assert.Equal("the copy loop 'many' with count 801, outside ARM's limit of 0 to 800", Unevaluated(result));
            Assert.True(result.Topology.Networks.Count <= 1);
        }

        [Fact]
        public void A_copy_count_of_800_is_unrolled()
        {
            var resources = "[ { \"type\": \"Microsoft.Network/virtualNetworks\", \"name\": \"[concat('v', copyIndex())]\", \"copy\": { \"name\": \"many\", \"count\": 800 } } ]";

            var result = TemplateRun.Analyze(TemplateRun.Template(resources));

            Assert.Equal(800, result.Topology.Networks.Count);
            Assert.DoesNotContain(result.Findings, f => f.Rule.Id == "PEER902");
        }

        [Theory]
        [InlineData("{ \"a\": \"[variables('b')]\", \"b\": \"[variables('a')]\" }", "variable 'a', which refers to itself through a cycle")]
        [InlineData("{ \"a\": \"[variables('a')]\" }", "variable 'a', which refers to itself through a cycle")]
        public void Variable_cycles_are_reported(string variables, string expected)
        {
            var resources = "[ { \"type\": \"Microsoft.Network/virtualNetworks\", \"name\": \"[variables('a')]\" } ]";

            var result = TemplateRun.Analyze(TemplateRun.Template(resources, variables: variables));

            Assert.Contains(expected, Unevaluated(result));
        }

        [Fact]
        public void Parameter_default_cycles_are_reported()
        {
            const string parameters = """{ "p": { "type": "string", "defaultValue": "[variables('v')]" } }""";
            const string variables = """{ "v": "[parameters('p')]" }""";
            var resources = "[ { \"type\": \"Microsoft.Network/virtualNetworks\", \"name\": \"[parameters('p')]\" } ]";

            var result = TemplateRun.Analyze(TemplateRun.Template(resources, parameters, variables));

            Assert.Contains("which refers to itself through a cycle", Unevaluated(result));
        }

        [Fact]
        public void A_long_chain_of_variables_stops_at_the_resolution_limit()
        {
            var variables = "{ " + string.Join(", ", Enumerable.Range(0, 100).Select(i => $"\"v{i}\": \"[variables('v{i + 1}')]\"")) + ", \"v100\": \"end\" }";
            var resources = "[ { \"type\": \"Microsoft.Network/virtualNetworks\", \"name\": \"[variables('v0')]\" } ]";

            var result = TemplateRun.Analyze(TemplateRun.Template(resources, variables: variables));

            Assert.Contains("chain of variables and parameters deeper than 32", Unevaluated(result));
        }

        [Fact]
        public void A_byte_order_mark_is_accepted()
        {
            var result = TemplateRun.Analyze("\uFEFF" + TemplateRun.Template("[ " + Vnet + " ]"));

            Assert.Equal("hub", Assert.Single(result.Topology.Networks).DisplayName);
            Assert.Empty(result.Findings);
        }

        [Fact]
        public void Comments_and_trailing_commas_are_accepted_as_ARM_accepts_them()
        {
            var template = "// a line comment\n" + TemplateRun.Template("[ /* block */ " + Vnet + ", ]", variables: "{ \"x\": 1, }");

            var result = TemplateRun.Analyze(template);

            Assert.Equal("hub", Assert.Single(result.Topology.Networks).DisplayName);
            Assert.Empty(result.Findings);
        }

        [Fact]
        public void A_repeated_key_takes_the_last_value_as_ARM_does()
        {
            const string resources = """
                [ { "type": "Microsoft.Network/virtualNetworks", "name": "first", "name": "last", "location": "westeurope",
                    "properties": { "addressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] }, "addressSpace": { "addressPrefixes": [ "10.9.0.0/16" ] } } } ]
                """;

            var network = Assert.Single(TemplateRun.Analyze(TemplateRun.Template(resources)).Topology.Networks);

            Assert.Equal("last", network.DisplayName);
            Assert.Equal("10.9.0.0/16", Assert.Single(network.AddressPrefixes.Value).Prefix.Text);
        }

        /// <summary>The one construct not evaluated; no rule needed the names these templates leave unknown, so it is counted, not reported.</summary>
        private static string Unevaluated(TemplateAnalysisResult result)
        {
            Assert.DoesNotContain(result.Findings, f => f.Rule.Id == "PEER902");
            return Assert.Single(result.NotNeeded).Construct;
        }
    }
}
