using System.Linq;
using Peering.Templates.Expressions;
using static Peering.Templates.Tests.Infrastructure.Expressions;

namespace Peering.Templates.Tests.Expressions
{
    /// <summary>
    /// The lambda functions against the examples of ARM's documentation (template-functions-lambda: the "dogs") and the
    /// values in Azure/bicep's parameter-file baseline (baselines_bicepparam/Expressions/parameters.json), which ARM's own
    /// function library produced.
    /// </summary>
    public class LambdaFunctionTests
    {
        private const string Dogs = """
            { "dogs": [
                { "name": "Evie", "age": 5, "interests": [ "Ball", "Frisbee" ] },
                { "name": "Casper", "age": 3, "interests": [ "Other dogs" ] },
                { "name": "Indy", "age": 2, "interests": [ "Butter" ] },
                { "name": "Kira", "age": 8, "interests": [ "Rubs" ] } ] }
            """;

        private const string Evie = "{\"name\":\"Evie\",\"age\":5,\"interests\":[\"Ball\",\"Frisbee\"]}";
        private const string Casper = "{\"name\":\"Casper\",\"age\":3,\"interests\":[\"Other dogs\"]}";
        private const string Indy = "{\"name\":\"Indy\",\"age\":2,\"interests\":[\"Butter\"]}";
        private const string Kira = "{\"name\":\"Kira\",\"age\":8,\"interests\":[\"Rubs\"]}";

        [Theory]
        [InlineData("[filter(variables('dogs'), lambda('dog', greaterOrEquals(lambdaVariables('dog').age, 5)))]", "[" + Evie + "," + Kira + "]")]
        [InlineData("[filter(range(0, 10), lambda('i', equals(0, mod(lambdaVariables('i'), 2))))]", "[0,2,4,6,8]")]
        [InlineData("[map(variables('dogs'), lambda('dog', lambdaVariables('dog').name))]", "[\"Evie\",\"Casper\",\"Indy\",\"Kira\"]")]
        [InlineData("[map(variables('dogs'), lambda('dog', format('Hello {0}!', lambdaVariables('dog').name)))]", "[\"Hello Evie!\",\"Hello Casper!\",\"Hello Indy!\",\"Hello Kira!\"]")]
        [InlineData(
            "[map(range(0, length(variables('dogs'))), lambda('i', createObject('i', lambdaVariables('i'), 'dog', variables('dogs')[lambdaVariables('i')].name, 'greeting', format('Ahoy, {0}!', variables('dogs')[lambdaVariables('i')].name))))]",
            "[{\"i\":0,\"dog\":\"Evie\",\"greeting\":\"Ahoy, Evie!\"},{\"i\":1,\"dog\":\"Casper\",\"greeting\":\"Ahoy, Casper!\"},{\"i\":2,\"dog\":\"Indy\",\"greeting\":\"Ahoy, Indy!\"},{\"i\":3,\"dog\":\"Kira\",\"greeting\":\"Ahoy, Kira!\"}]")]
        [InlineData("[reduce(map(variables('dogs'), lambda('dog', lambdaVariables('dog').age)), 0, lambda('cur', 'next', add(lambdaVariables('cur'), lambdaVariables('next'))))]", "18")]
        [InlineData("[reduce(map(variables('dogs'), lambda('dog', lambdaVariables('dog').age)), 1, lambda('cur', 'next', add(lambdaVariables('cur'), lambdaVariables('next'))))]", "19")]
        [InlineData(
            "[reduce(createArray(createObject('foo', 123), createObject('bar', 456), createObject('baz', 789)), createObject(), lambda('cur', 'next', union(lambdaVariables('cur'), lambdaVariables('next'))))]",
            "{\"foo\":123,\"bar\":456,\"baz\":789}")]
        [InlineData("[sort(variables('dogs'), lambda('a', 'b', less(lambdaVariables('a').age, lambdaVariables('b').age)))]", "[" + Indy + "," + Casper + "," + Evie + "," + Kira + "]")]
        [InlineData("[toObject(variables('dogs'), lambda('entry', lambdaVariables('entry').name))]", "{\"Evie\":" + Evie + ",\"Casper\":" + Casper + ",\"Indy\":" + Indy + ",\"Kira\":" + Kira + "}")]
        [InlineData("[toObject(variables('dogs'), lambda('entry', lambdaVariables('entry').name), lambda('entry', lambdaVariables('entry')))]", "{\"Evie\":" + Evie + ",\"Casper\":" + Casper + ",\"Indy\":" + Indy + ",\"Kira\":" + Kira + "}")]
        [InlineData("[toObject(variables('dogs'), lambda('entry', lambdaVariables('entry').name), lambda('entry', lambdaVariables('entry').age)).Kira]", "8")]
        public void The_documented_examples_give_the_documented_values(string expression, string expected) =>
            Assert.Equal(expected, Show(expression, variables: Dogs));

        [Theory]
        [InlineData("[filter(createArray(1, 2), lambda('i', less(lambdaVariables('i'), 2)))]", "[1]")]
        [InlineData("[map(range(0, 3), lambda('i', format('Hi {0}!', lambdaVariables('i'))))]", "[\"Hi 0!\",\"Hi 1!\",\"Hi 2!\"]")]
        [InlineData("[reduce(createArray('a', 'b', 'c'), '', lambda('a', 'b', format('{0}-{1}', lambdaVariables('a'), lambdaVariables('b'))))]", "\"-a-b-c\"")]
        [InlineData("[sort(createArray('c', 'd', 'a'), lambda('a', 'b', less(lambdaVariables('a'), lambdaVariables('b'))))]", "[\"a\",\"c\",\"d\"]")]
        [InlineData("[toObject(createArray('a', 'b', 'c'), lambda('x', lambdaVariables('x')), lambda('x', format('Hi {0}!', lambdaVariables('x'))))]", "{\"a\":\"Hi a!\",\"b\":\"Hi b!\",\"c\":\"Hi c!\"}")]
        public void The_values_ARMs_function_library_produced_for_Bicep(string expression, string expected) =>
            Assert.Equal(expected, Show(expression));

        [Theory]
        // Bicep compiles (item, index) => ... to a lambda with a second name bound to the index (and a third for reduce).
        [InlineData("[map(createArray('a', 'b'), lambda('x', 'i', format('{0}{1}', lambdaVariables('x'), lambdaVariables('i'))))]", "[\"a0\",\"b1\"]")]
        [InlineData("[filter(createArray('a', 'b', 'c'), lambda('x', 'i', not(equals(lambdaVariables('i'), 1))))]", "[\"a\",\"c\"]")]
        [InlineData("[reduce(createArray(10, 20), 0, lambda('cur', 'next', 'i', add(lambdaVariables('cur'), mul(lambdaVariables('next'), lambdaVariables('i')))))]", "20")]
        // An inner lambda's name hides the outer one; the outer stays visible under its own name.
        [InlineData("[map(createArray(1, 2), lambda('x', map(createArray(10), lambda('y', add(lambdaVariables('x'), lambdaVariables('y'))))))]", "[[11],[12]]")]
        [InlineData("[map(createArray(1), lambda('x', map(createArray(5), lambda('x', lambdaVariables('x')))))]", "[[5]]")]
        [InlineData("[groupBy(createArray('apple', 'avocado', 'banana'), lambda('f', first(lambdaVariables('f')))).a]", "[\"apple\",\"avocado\"]")]
        [InlineData("[groupBy(createArray('apple', 'avocado', 'banana'), lambda('f', first(lambdaVariables('f'))), lambda('f', length(lambdaVariables('f')))).b]", "[6]")]
        [InlineData("[mapValues(createObject('a', 1, 'b', 2), lambda('v', mul(lambdaVariables('v'), 10)))]", "{\"a\":10,\"b\":20}")]
        // Items that compare equal and are equal keep one order either way.
        [InlineData("[sort(createArray(2, 1, 2), lambda('a', 'b', less(lambdaVariables('a'), lambdaVariables('b'))))]", "[1,2,2]")]
        [InlineData("[flatten(map(createArray(1, 2), lambda('i', createArray(lambdaVariables('i'), mul(lambdaVariables('i'), 10)))))]", "[1,10,2,20]")]
        public void Indexes_nesting_and_grouping(string expression, string expected) =>
            Assert.Equal(expected, Show(expression));

        [Theory]
        // The array, a condition or a key depends on something unknown.
        [InlineData("[map(parameters('unknown'), lambda('x', 1))]")]
        [InlineData("[filter(createArray(1, 2), lambda('x', equals(lambdaVariables('x'), resourceGroup().location)))]")]
        [InlineData("[toObject(createArray(1), lambda('x', resourceGroup().location))]")]
        [InlineData("[reduce(createArray(1, 2), parameters('unknown'), lambda('c', 'n', add(lambdaVariables('c'), lambdaVariables('n'))))]")]
        // Two different items tie: ARM's sort need not keep their order.
        [InlineData("[sort(createArray(createObject('n', 1, 'k', 'a'), createObject('n', 1, 'k', 'b')), lambda('x', 'y', less(lambdaVariables('x').n, lambdaVariables('y').n)))]")]
        // Keys that differ only in case, or repeat in toObject: which value ARM keeps is not documented.
        [InlineData("[toObject(createArray('a', 'A'), lambda('x', lambdaVariables('x')))]")]
        [InlineData("[toObject(createArray('a', 'a'), lambda('x', lambdaVariables('x')))]")]
        [InlineData("[map(createArray(1), 'not a lambda')]")]
        public void What_depends_on_an_unknown_is_unknown(string expression) =>
            Assert.True(Evaluate(expression, "{ \"unknown\": { \"type\": \"array\" } }").Value.IsUnknown);

        [Fact]
        public void An_unknown_item_leaves_only_its_own_result_unknown() =>
            Assert.Equal("[\"a!\",?]", Show("[map(createArray('a', resourceGroup().location), lambda('x', format('{0}!', lambdaVariables('x'))))]"));

        [Theory]
        [InlineData("[lambdaVariables('x')]", "lambdaVariables('x') outside a lambda that declares it")]
        [InlineData("[lambda('x', 1)]", "a lambda outside filter, map, reduce, sort, toObject, groupBy and mapValues")]
        public void A_lambda_or_lambda_variable_out_of_place_is_reported(string expression, string construct)
        {
            var (value, unevaluated) = Evaluate(expression);

            Assert.True(value.IsUnknown);
            Assert.Equal(new[] { construct }, unevaluated);
        }

        [Fact]
        public void Lambdas_inside_lambdas_stop_at_the_files_loop_budget()
        {
            // 800 × 800 calls would be 640,000: the budget of 100,000 stops them, with one report and no hang.
            var (value, unevaluated) = Evaluate("[map(range(0, 800), lambda('i', map(range(0, 800), lambda('j', add(lambdaVariables('i'), lambdaVariables('j'))))))]");

            var rows = ((ArmArray)value).Items;
            Assert.Equal(800, rows.Count);
            Assert.Equal(new ArmNumber(1 + 2), ((ArmArray)rows[1]).Items[2], new ValueComparer());
            Assert.True(rows.Last().IsUnknown);
            Assert.Equal(new[] { "lambda functions and copy loops that run more than 100000 iterations in one file" }, unevaluated);
        }

        [Fact]
        public void Sorting_a_huge_array_is_refused_before_it_starts()
        {
            var huge = "{ \"big\": { \"type\": \"array\", \"defaultValue\": [" + string.Join(",", Enumerable.Range(0, 50_000)) + "] } }";

            var (value, unevaluated) = Evaluate("[sort(parameters('big'), lambda('a', 'b', less(lambdaVariables('a'), lambdaVariables('b'))))]", huge);

            Assert.True(value.IsUnknown);
            Assert.Single(unevaluated);
        }

        private sealed class ValueComparer : System.Collections.Generic.IEqualityComparer<ArmValue>
        {
            public bool Equals(ArmValue? x, ArmValue? y) => x!.ValueEquals(y!);

            public int GetHashCode(ArmValue obj) => 0;
        }
    }
}
