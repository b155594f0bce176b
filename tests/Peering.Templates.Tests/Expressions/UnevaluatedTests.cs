using System.Linq;
using static Peering.Templates.Tests.Infrastructure.Expressions;

namespace Peering.Templates.Tests.Expressions
{
    public class UnevaluatedTests
    {
        [Theory]
        [InlineData("[reference('hub').addressSpace]", "the function 'reference'")]
        [InlineData("[utcNow()]", "the function 'utcNow'")]
        [InlineData("[newGuid()]", "the function 'newGuid'")]
        [InlineData("[environment().name]", "the function 'environment'")]
        [InlineData("[listKeys('kv', '2023-01-01').keys[0].value]", "the function 'listKeys'")]
        [InlineData("[deployment().name]", "the function 'deployment'")]
        [InlineData("[myNamespace.myFunction('a')]", "the function 'myNamespace.myFunction'")]
        [InlineData("[concat('a']", "the malformed expression '[concat('a']'")]
        [InlineData("[parameters('missing')]", "the parameter 'missing', which the template does not declare")]
        [InlineData("[variables('missing')]", "the variable 'missing', which the template does not declare")]
        [InlineData("[copyIndex()]", "copyIndex() outside a copy loop")]
        public void What_is_not_evaluated_is_unknown_and_named(string expression, string construct)
        {
            var (value, unevaluated) = Evaluate(expression);
            Assert.True(value.IsUnknown);
            Assert.Equal(new[] { construct }, unevaluated);
        }

        [Theory]
        [InlineData("[concat('/subscriptions/', reference('a').subscriptionId)]", "the function 'reference'")]
        [InlineData("[split(reference('a').id, '/')[8]]", "the function 'reference'")]
        [InlineData("[if(equals(reference('a').sku, 'Standard'), 'x', 'y')]", "the function 'reference'")]
        [InlineData("[createObject('id', reference('a').id).id]", "the function 'reference'")]
        [InlineData("[concat(parameters('fromDeployment'), listKeys('b', '1').key)]", "the function 'listKeys'")]
        [InlineData("[variables('loop')[0]]", "the function 'reference'")]
        [InlineData("[parameters('fromDeployment')]", null)]
        [InlineData("[split('a', '')]", null)]
        public void An_unknown_value_carries_the_construct_that_made_it_unknown(string expression, string? cause)
        {
            const string parameters = """{ "fromDeployment": { "type": "string" } }""";
            const string variables = """{ "copy": [ { "name": "loop", "count": "[length(reference('a').items)]", "input": "[copyIndex('loop')]" } ] }""";

            var (value, _) = Evaluate(expression, parameters, variables);

            Assert.Equal(cause, Assert.IsType<Peering.Templates.Expressions.ArmUnknown>(value).Cause?.Construct);
        }

        [Fact]
        public void A_construct_is_reported_once_however_often_it_occurs()
        {
            var (value, unevaluated) = Evaluate("[createArray(reference('a'), reference('b'), listKeys('c', '1'))]");
            Assert.Equal("[?,?,?]", Peering.Templates.Expressions.JsonText.Of(value));
            Assert.Equal(new[] { "the function 'reference'", "the function 'listKeys'" }, unevaluated);
        }

        [Fact]
        public void A_cycle_between_variables_is_unknown_and_reported()
        {
            const string variables = "{ \"a\": \"[concat(variables('b'), 'x')]\", \"b\": \"[variables('a')]\" }";
            var (value, unevaluated) = Evaluate("[variables('a')]", variables: variables);
            Assert.True(value.IsUnknown);
            Assert.Contains(unevaluated, u => u.Contains("cycle"));
        }

        [Fact]
        public void A_long_chain_of_variables_is_cut_off_instead_of_overflowing_the_stack()
        {
            var variables = "{" + string.Join(",", Enumerable.Range(0, 5000).Select(i => "\"v" + i + "\": \"[variables('v" + (i + 1) + "')]\"")) + ", \"v5000\": \"end\" }";
            var (value, unevaluated) = Evaluate("[variables('v0')]", variables: variables);
            Assert.True(value.IsUnknown);
            Assert.Contains(unevaluated, u => u.Contains("deeper than"));
        }

        [Fact]
        public void Deeply_nested_calls_are_malformed_not_a_crash()
        {
            var text = "[" + string.Concat(Enumerable.Repeat("concat(", 500)) + "'a'" + new string(')', 500) + "]";
            var (value, unevaluated) = Evaluate(text);
            Assert.True(value.IsUnknown);
            Assert.Single(unevaluated);
        }

        [Fact]
        public void Variable_and_property_copy_loops_build_arrays()
        {
            const string variables = """
            {
              "copy": [ { "name": "spokes", "count": 3, "input": "[concat('spoke', copyIndex('spokes', 1))]" } ],
              "settings": { "copy": [ { "name": "prefixes", "count": 2, "input": "[format('10.{0}.0.0/16', copyIndex('prefixes'))]" } ], "region": "westeurope" }
            }
            """;
            Assert.Equal("[\"spoke1\",\"spoke2\",\"spoke3\"]", Show("[variables('spokes')]", variables: variables));
            Assert.Equal("{\"region\":\"westeurope\",\"prefixes\":[\"10.0.0.0/16\",\"10.1.0.0/16\"]}", Show("[variables('settings')]", variables: variables));
        }

        [Fact]
        public void Values_that_double_at_every_step_are_cut_off()
        {
            var variables = "{ \"v0\": \"0123456789\", \"a0\": [ 1, 2, 3 ], "
                + string.Join(", ", Enumerable.Range(1, 40).Select(i => "\"v" + i + "\": \"[concat(variables('v" + (i - 1) + "'), variables('v" + (i - 1) + "'))]\", \"a" + i + "\": \"[concat(variables('a" + (i - 1) + "'), variables('a" + (i - 1) + "'))]\""))
                + " }";

            Assert.True(Evaluate("[variables('v40')]", variables: variables).Value.IsUnknown);
            Assert.True(Evaluate("[variables('a40')]", variables: variables).Value.IsUnknown);
            Assert.Equal("10240", Show("[string(length(variables('v10')))]", variables: variables).Trim('"'));
        }

        [Fact]
        public void Values_that_share_members_exponentially_are_cut_off()
        {
            var variables = "{ \"n0\": [ \"x\" ], "
                + string.Join(", ", Enumerable.Range(1, 60).Select(i => "\"n" + i + "\": \"[createArray(variables('n" + (i - 1) + "'), variables('n" + (i - 1) + "'))]\""))
                + " }";

            Assert.True(Evaluate("[string(variables('n60'))]", variables: variables).Value.IsUnknown);
            Assert.True(Evaluate("[equals(variables('n60'), variables('n59'))]", variables: variables).Value.IsUnknown);
            Assert.True(Evaluate("[union(range(0, 800), range(1, 800), range(2, 800), range(3, 800), range(4, 800), range(5, 800), range(6, 800), range(7, 800), range(8, 800), range(9, 800), range(10, 800), range(11, 800), range(12, 800))]").Value.IsUnknown);
        }

        [Fact]
        public void Nested_property_loops_stop_at_the_iteration_budget()
        {
            const string variables = """
            { "copy": [ { "name": "outer", "count": 800, "input": { "copy": [ { "name": "inner", "count": 800, "input": "[copyIndex('inner')]" } ] } } ] }
            """;
            var (value, unevaluated) = Evaluate("[length(variables('outer'))]", variables: variables);

            Assert.Equal("800", Peering.Templates.Expressions.JsonText.Of(value));
            Assert.Contains(unevaluated, u => u.Contains("iterations in one file"));
        }

        [Theory]
        [InlineData("[format('{0:D999999999}', 1)]")]
        [InlineData("[format('{0,999999999}', 1)]")]
        public void Huge_format_widths_are_not_evaluated(string expression) =>
            Assert.True(Evaluate(expression).Value.IsUnknown);

        [Fact]
        public void A_copy_count_over_the_limit_is_reported()
        {
            const string variables = """{ "copy": [ { "name": "many", "count": 801, "input": "x" } ] }""";
            var (value, unevaluated) = Evaluate("[variables('many')]", variables: variables);
            Assert.True(value.IsUnknown);
            Assert.Equal(new[] { "the copy loop 'many' with count 801, outside ARM's limit of 0 to 800" }, unevaluated);
        }
    }
}
